import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences
import Synchronization

/// Checks programs against known terms on several threads; a slow program is cut
/// off at its own deadline and never holds up the others beyond it.
public struct CheckRunner: Sendable {
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
    public var termsFor: (@Sendable (ProgramID) -> [Number]?)?

    public init(
        expected: [ProgramID: [Number]], offsets: [ProgramID: Int]?, programs: ProgramDirectory,
        limits: EvaluationLimits, timeout: Double?
    ) {
        self.expected = expected
        self.offsets = offsets
        self.programs = programs
        self.limits = limits
        self.timeout = timeout
    }

    /// Checks one program file.
    public func check(path: String) -> CheckRecord {
        let start = monotonicNanoseconds()
        func record(
            _ id: String, _ status: CheckResult.Status, checked: Int = 0, expected: Int = 0,
            mismatch: Int? = nil, error: String?
        ) -> CheckRecord {
            CheckRecord(
                id: id, path: path, status: status, checked: checked, expectedCount: expected,
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
            return record(
                id.description, .error, expected: terms.count,
                error: "#offset is \(program.offset) but the OEIS offset is \(want)")
        }
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: programs, limits: limits) } catch {
            return record(id.description, .error, expected: terms.count, error: error.description)
        }
        if let timeout { evaluator.context.overallDeadline = monotonicNanoseconds() + UInt64(timeout * 1e9) }
        let result = evaluator.check(against: terms)
        var r = record(
            id.description, result.status, checked: result.matched, expected: terms.count,
            mismatch: result.firstMismatch, error: result.message)
        r.instructions = program.code.count
        r.source = source
        return r
    }

    /// Checks every file on `jobs` threads; `onRecord` is called (serially) as each finishes.
    public func checkAll(_ paths: [String], jobs: Int, onRecord: @escaping @Sendable (Int, CheckRecord) -> Void) -> [CheckRecord] {
        let state = SharedQueue(count: paths.count)
        let workers = max(1, min(jobs, paths.count))
        EvaluationThreads.start(workers) { _ in
            while let i = state.take() {
                let r = self.check(path: paths[i])
                state.finish(i, r, onRecord)
            }
        }.wait()
        return state.records.map { $0! }
    }
}

/// Work distribution for `checkAll`: the next index to take and the finished records.
private final class SharedQueue: Sendable {
    private struct State {
        var next = 0
        var records: [CheckRecord?]
    }
    private let state: Mutex<State>
    private let count: Int

    init(count: Int) {
        self.count = count
        state = Mutex(State(records: Array(repeating: nil, count: count)))
    }

    var records: [CheckRecord?] { state.withLock { $0.records } }

    func take() -> Int? {
        state.withLock { s in
            guard s.next < count else { return nil }
            s.next += 1
            return s.next - 1
        }
    }

    func finish(_ i: Int, _ r: CheckRecord, _ onRecord: (Int, CheckRecord) -> Void) {
        state.withLock { s in
            s.records[i] = r
            onRecord(i, r)
        }
    }
}
