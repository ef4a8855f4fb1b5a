import Foundation
import LODACore
import LODAEvaluator
import LODAFormula
import LODANumber
import LODASequences
import Synchronization

/// The programs folder as the miner writes it: LODA layout, LODA headers, atomic writes,
/// and the replacement policy deciding what gets written.
public final class ProgramStore: Sendable {
    public let directory: ProgramDirectory
    public var root: String { directory.root }

    /// The folder's call graph and the known terms of its sequences: when set, a program is
    /// replaced only if every program that calls it still passes its check with the new one.
    public struct Dependents: Sendable {
        public let graph: CallGraph
        public let sequence: @Sendable (ProgramID) -> IntegerSequence?
        public init(graph: CallGraph, sequence: @escaping @Sendable (ProgramID) -> IntegerSequence?) {
            self.graph = graph
            self.sequence = sequence
        }
    }
    public var dependents: Dependents? {
        get { dependentsSetting.withLock { $0 } }
        set { dependentsSetting.withLock { $0 = newValue } }
    }
    private let dependentsSetting = Mutex<Dependents?>(nil)

    public init(root: String) {
        directory = ProgramDirectory(root)
    }

    public func path(for id: SequenceID) -> String { directory.path(for: ProgramID(number: id.number)) }

    /// The stored program for `id`, if there is a readable one.
    public func program(for id: SequenceID) -> Program? {
        let path = path(for: id)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? ProgramDirectory.load(file: path)
    }

    /// The program text with the LODA header: `; A-number: name`, `; Formula: …` when the
    /// program has a formula of at most 500 characters, `; first terms` (at most 80, cut at a
    /// comma before 500 characters), a blank line, `#offset`, code.
    public static func text(of program: Program, for sequence: IntegerSequence) -> String {
        var terms = ""
        for t in sequence.terms.prefix(80) {
            let next = terms.isEmpty ? t.description : terms + "," + t.description
            if next.count > 500 { break }
            terms = next
        }
        var body = program
        body.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
        var header = [Instruction.commentLine("\(sequence.id): \(sequence.name)")]
        if let formula = try? Formula(body), formula.text.count <= 500 { header.append(.commentLine("Formula: \(formula.text)")) }
        header.append(Instruction.commentLine(terms))
        body.instructions = header + body.instructions.drop { $0.isCommentLine }
        return body.description
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder, flushed
    /// to disk, then renamed over the target. A crash leaves the old file or the new one.
    /// `durable: false` skips the flush (for copies whose source of truth is elsewhere, such as
    /// the coordinator's database): a process crash still leaves the old file or the new one.
    public static func writeAtomically(_ text: String, to path: String, durable: Bool = true) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw ProgramFileError("\(temporary): cannot create: \(String(cString: strerror(errno)))") }
        guard ProgramStore.writeAll(fd, Data(text.utf8)) else {
            close(fd)
            unlink(temporary)
            throw ProgramFileError("\(temporary): write failed: \(String(cString: strerror(errno)))")
        }
        if durable { fsync(fd) }
        close(fd)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ProgramFileError("\(path): cannot replace: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes every byte of `data` to `fd` (retrying short writes); false on an error.
    public static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// What the policy knows about `program` for `sequence`.
    public static func assess(
        _ program: Program, for sequence: IntegerSequence, resolver: ProgramResolver?,
        limits: EvaluationLimits = .standard, seconds: Double? = nil
    ) -> ReplacementPolicy.Candidate {
        guard let evaluator = try? Evaluator(program, resolver: resolver, limits: limits) else {
            return .init(correctTerms: 0, passes: false, totalSteps: 0, length: program.code.count)
        }
        if let seconds { evaluator.context.overallDeadline = monotonicNanoseconds() + UInt64(seconds * 1e9) }
        return assess(evaluator, for: sequence).figures
    }

    /// The policy's figures for a program against `sequence`, and why it fails the check if it does.
    public struct Assessment: Sendable {
        public var figures: ReplacementPolicy.Candidate
        /// One sentence: the first wrong term, or the evaluation error before the required terms.
        public var failure: String?
    }

    /// Evaluates the known terms from the program's offset under the check's rules: every
    /// known term, or a failure (not a mismatch) after the required ones.
    public static func assess(_ evaluator: Evaluator, for sequence: IntegerSequence) -> Assessment {
        let program = evaluator.program
        let required = min(Evaluator.requiredTerms, sequence.terms.count)
        var correct = 0
        var steps = 0
        var failure: String?
        for (i, want) in sequence.terms.enumerated() {
            let n = program.offset + i
            do {
                let t = try evaluator.term(n)
                guard t.value == want else {
                    failure = "term \(i) (n=\(n)) is \(t.value), expected \(want)"
                    break
                }
                correct += 1
                steps += t.steps
            } catch {
                if correct < required { failure = "evaluation failed at n=\(n) after \(correct) correct terms: \(error.description)" }
                break
            }
        }
        return Assessment(
            figures: .init(correctTerms: correct, passes: failure == nil, totalSteps: steps, length: program.code.count),
            failure: failure)
    }

    /// Writes `program` as the stored program for `sequence` (header, the sequence's offset), atomically.
    public func write(_ program: Program, for sequence: IntegerSequence) throws {
        try ProgramStore.writeAtomically(ProgramStore.text(of: program, for: sequence), to: path(for: sequence.id))
        directory.noteWritten(ProgramID(number: sequence.id.number))
        dependents?.graph.update(ProgramID(number: sequence.id.number), program)
    }

    /// Why replacing the stored program of `sequence` by `program` would break a program that
    /// calls it (one sentence), or nil. `latest`: programs decided but not written yet.
    public func breakage(replacing sequence: IntegerSequence, with program: Program, latest: [ProgramID: Program] = [:]) -> String? {
        guard let dependents else { return nil }
        return dependents.graph.breakage(
            replacing: ProgramID(number: sequence.id.number), with: program, sequence: dependents.sequence,
            resolver: directory, latest: latest)
    }

    /// Stores `program` for `sequence` when the policy says so; returns the decision.
    @discardableResult
    /// - Parameter verified: the caller has already checked `program` against all known
    ///   terms; with no stored program it is then written without evaluating it again.
    /// - Parameter latest: programs decided but not written yet (callers are checked with them).
    public func store(
        _ program: Program, for sequence: IntegerSequence, resolver: ProgramResolver? = nil,
        limits: EvaluationLimits = .standard, seconds: Double? = nil, verified: Bool = false,
        latest: [ProgramID: Program] = [:]
    ) throws -> ReplacementPolicy.Decision {
        // The file gets the sequence's offset, so judge the program with it.
        var program = program
        program.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
        let resolver = resolver ?? directory
        if program.mayCall(ProgramID(number: sequence.id.number), resolver: resolver) {
            return .keep("the program calls \(sequence.id), its own sequence, directly or through other programs")
        }
        let stored = self.program(for: sequence.id)
        let decision: ReplacementPolicy.Decision
        if stored == nil && verified {
            decision = .add
        } else {
            let existing = stored.map { ProgramStore.assess($0, for: sequence, resolver: resolver, limits: limits, seconds: seconds) }
            decision = ReplacementPolicy.decide(
                existing: existing,
                new: ProgramStore.assess(program, for: sequence, resolver: resolver, limits: limits, seconds: seconds))
        }
        if case .replace = decision, let broken = breakage(replacing: sequence, with: program, latest: latest) {
            return .keep("kept: \(broken)")
        }
        if decision.writes { try write(program, for: sequence) }
        return decision
    }
}
