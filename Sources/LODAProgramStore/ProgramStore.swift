import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// The programs folder as the miner writes it: LODA layout, LODA headers, atomic writes,
/// and the replacement policy deciding what gets written.
public final class ProgramStore: @unchecked Sendable {
    public let directory: ProgramDirectory
    public var root: String { directory.root }

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

    /// The program text with the LODA header: `; A-number: name`, `; first terms`
    /// (at most 80, cut at a comma before 500 characters), a blank line, `#offset`, code.
    public static func text(of program: Program, for sequence: IntegerSequence) -> String {
        var terms = ""
        for t in sequence.terms.prefix(80) {
            let next = terms.isEmpty ? t.description : terms + "," + t.description
            if next.count > 500 { break }
            terms = next
        }
        var body = program
        let header = [Instruction.commentLine("\(sequence.id): \(sequence.name)"), Instruction.commentLine(terms)]
        body.instructions = header + body.instructions.drop { $0.isCommentLine }
        body.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
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
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                close(fd)
                unlink(temporary)
                throw ProgramFileError("\(temporary): write failed: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        if durable { fsync(fd) }
        close(fd)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ProgramFileError("\(path): cannot replace: \(String(cString: strerror(errno)))")
        }
    }

    /// What the policy knows about `program` for `sequence`.
    public static func assess(_ program: Program, for sequence: IntegerSequence, resolver: ProgramResolver?,
                              limits: EvaluationLimits = .standard, seconds: Double? = nil) -> ReplacementPolicy.Candidate {
        let length = program.code.count
        guard let evaluator = try? Evaluator(program, resolver: resolver, limits: limits) else {
            return .init(correctTerms: 0, passes: false, totalSteps: 0, length: length)
        }
        if let seconds { evaluator.context.overallDeadline = monotonicNanoseconds() + UInt64(seconds * 1e9) }
        var correct = 0
        var steps = 0
        var mismatch = false
        for (i, want) in sequence.terms.enumerated() {
            guard let t = try? evaluator.term(program.offset + i) else { break }
            if t.value != want {
                mismatch = true
                break
            }
            correct += 1
            steps += t.steps
        }
        // The check's rules: every known term, or a failure (not a mismatch) after the required ones.
        let required = min(Evaluator.requiredTerms, sequence.terms.count)
        let passes = correct == sequence.terms.count || (!mismatch && correct >= required)
        return .init(correctTerms: correct, passes: passes, totalSteps: steps, length: length)
    }

    /// Stores `program` for `sequence` when the policy says so; returns the decision.
    @discardableResult
    /// - Parameter verified: the caller has already checked `program` against all known
    ///   terms; with no stored program it is then written without evaluating it again.
    public func store(_ program: Program, for sequence: IntegerSequence, resolver: ProgramResolver? = nil,
                      limits: EvaluationLimits = .standard, seconds: Double? = nil, verified: Bool = false) throws -> ReplacementPolicy.Decision {
        // The file gets the sequence's offset, so judge the program with it.
        var program = program
        program.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
        let resolver = resolver ?? directory
        let stored = self.program(for: sequence.id)
        let decision: ReplacementPolicy.Decision
        if stored == nil && verified {
            decision = .add
        } else {
            let existing = stored.map { ProgramStore.assess($0, for: sequence, resolver: resolver, limits: limits, seconds: seconds) }
            decision = ReplacementPolicy.decide(existing: existing,
                                                new: ProgramStore.assess(program, for: sequence, resolver: resolver, limits: limits, seconds: seconds))
        }
        if decision.writes {
            try ProgramStore.writeAtomically(ProgramStore.text(of: program, for: sequence), to: path(for: sequence.id))
        }
        return decision
    }
}
