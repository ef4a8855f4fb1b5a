import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// One program's check, as reported by `miner check`.
public struct CheckRecord: Sendable {
    public var id: String
    public var path: String
    public var status: CheckResult.Status
    public var checked: Int
    public var expectedCount: Int
    public var firstMismatch: Int?
    public var error: String?
    public var seconds: Double
    /// Instructions of the program (0 when it could not be read).
    public var instructions = 0
    /// Where the expected terms came from: "stripped" or "b-file".
    public var source = "stripped"

    public var passed: Bool { status != .error }

    /// One JSON object (a line of the `--report` file).
    public var json: String {
        func quote(_ s: String) -> String {
            var out = "\""
            for ch in s.unicodeScalars {
                switch ch {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
                }
            }
            return out + "\""
        }
        let mismatch = firstMismatch.map(String.init) ?? "null"
        let err = error.map(quote) ?? "null"
        return "{\"id\":\(quote(id)),\"path\":\(quote(path)),\"status\":\"\(status.rawValue)\",\"checked\":\(checked),"
            + "\"expected_terms\":\(expectedCount),\"first_mismatch\":\(mismatch),\"error\":\(err),"
            + "\"source\":\(quote(source)),\"seconds\":\(String(format: "%.4f", seconds))}"
    }

    /// One line for a person.
    public var line: String {
        var text = "\(id) \(status.rawValue) \(checked)/\(expectedCount) \(source == "b-file" ? "b-file terms" : "terms")"
        if let error { text += ": \(error)" }
        return text + " (\(path), \(String(format: "%.2f", seconds)) s)"
    }
}

/// Checks programs against known terms on several threads; a slow program is cut
/// off at its own deadline and never holds up the others beyond it.
public struct CheckRunner {
    public var expected: [ProgramID: [Number]]
    public var offsets: [ProgramID: Int]?
    public var programs: ProgramDirectory
    public var limits: EvaluationLimits
    /// Wall-clock seconds per program (nil: none).
    public var timeout: Double?
    /// b-files: a program whose b-file extends its known terms (same first index, the same
    /// terms as far as they go) is checked against the b-file's terms.
    public var bfiles: BFiles?
    /// Known terms for sequences not in `expected` (e.g. read from a mapped index cache).
    public var termsFor: ((ProgramID) -> [Number]?)?

    public init(expected: [ProgramID: [Number]], offsets: [ProgramID: Int]?, programs: ProgramDirectory,
                limits: EvaluationLimits, timeout: Double?) {
        self.expected = expected
        self.offsets = offsets
        self.programs = programs
        self.limits = limits
        self.timeout = timeout
    }

    /// Checks one program file.
    public func check(path: String) -> CheckRecord {
        let start = monotonicNanoseconds()
        func record(_ id: String, _ status: CheckResult.Status, checked: Int = 0, expected: Int = 0,
                    mismatch: Int? = nil, error: String?) -> CheckRecord {
            CheckRecord(id: id, path: path, status: status, checked: checked, expectedCount: expected,
                        firstMismatch: mismatch, error: error,
                        seconds: Double(monotonicNanoseconds() - start) / 1e9)
        }
        let program: Program
        do { program = try ProgramDirectory.load(file: path) } catch {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return record(name, .error, error: error.description)
        }
        guard let id = ProgramDirectory.sequenceID(of: program, path: path) else {
            return record(path, .error, error: "\(path): cannot tell the A-number (no '; A…' first comment, no A-number file name)")
        }
        guard var terms = expected[id] ?? termsFor?(id) else {
            return record(id.description, .error, error: "\(id) is not in the sequences file")
        }
        var source = "stripped"
        if let bfiles, let long = bfiles.extendedTerms(for: IntegerSequence(id: SequenceID(id.number), terms: terms, offset: program.offset)) {
            terms = long
            source = "b-file"
        }
        if let offsets, let want = offsets[id], want != program.offset {
            return record(id.description, .error, expected: terms.count,
                          error: "#offset is \(program.offset) but the OEIS offset is \(want)")
        }
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: programs, limits: limits) } catch {
            return record(id.description, .error, expected: terms.count, error: error.description)
        }
        if let timeout { evaluator.context.overallDeadline = monotonicNanoseconds() + UInt64(timeout * 1e9) }
        let result = evaluator.check(against: terms)
        var r = record(id.description, result.status, checked: result.matched, expected: terms.count,
                       mismatch: result.firstMismatch, error: result.message)
        r.instructions = program.code.count
        r.source = source
        return r
    }

    /// Checks every file on `jobs` threads; `onRecord` is called (serially) as each finishes.
    public func checkAll(_ paths: [String], jobs: Int, onRecord: @escaping (Int, CheckRecord) -> Void) -> [CheckRecord] {
        let state = SharedQueue(count: paths.count)
        let workers = max(1, min(jobs, paths.count))
        let done = DispatchGroup()
        for _ in 0..<workers {
            done.enter()
            let thread = Thread {
                while let i = state.take() {
                    let r = self.check(path: paths[i])
                    state.finish(i, r, onRecord)
                }
                done.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        done.wait()
        return state.records.map { $0! }
    }
}

/// Work distribution for `checkAll`: the next index to take and the finished records.
private final class SharedQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    var records: [CheckRecord?]

    init(count: Int) {
        self.count = count
        records = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ i: Int, _ r: CheckRecord, _ onRecord: (Int, CheckRecord) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        records[i] = r
        onRecord(i, r)
    }
}
