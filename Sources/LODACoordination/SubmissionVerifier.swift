import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences

/// Re-checks a submitted program from scratch: the text is untrusted. Size limits, parse
/// errors, unknown A-numbers, wrong terms, evaluation errors, step and memory limits and
/// the time budget all end in a rejection with one sentence of reason.
public struct SubmissionVerifier: Sendable {
    public enum Outcome: Sendable {
        case rejected(SubmissionStatus, String)
        case verified(VerifiedProgram, sequence: IntegerSequence, program: Program)
    }

    public let database: SequenceDatabase
    public let programs: ProgramDirectory
    public var limits: EvaluationLimits
    /// Wall-clock budget for checking one program.
    public var seconds: Double
    public var maxProgramBytes: Int
    public var maxInstructions: Int

    public init(database: SequenceDatabase, programs: ProgramDirectory, limits: EvaluationLimits = .standard, seconds: Double = 10,
                maxProgramBytes: Int = 64 << 10, maxInstructions: Int = 2000) {
        self.database = database
        self.programs = programs
        self.limits = limits
        self.seconds = seconds
        self.maxProgramBytes = maxProgramBytes
        self.maxInstructions = maxInstructions
    }

    public func verify(sequence name: String, text: String) -> Outcome {
        guard let id = SequenceID(name) else { return .rejected(.malformed, "'\(name.prefix(40))' is not an A-number") }
        guard text.utf8.count <= maxProgramBytes else {
            return .rejected(.malformed, "the program text has \(text.utf8.count) bytes; the limit is \(maxProgramBytes)")
        }
        let parsed: Program
        do { parsed = try Parser.parse(text) } catch { return .rejected(.malformed, "\(error.description)") }
        let code = parsed.code.map { ins in
            var plain = ins
            plain.comment = nil
            return plain
        }
        guard code.count <= maxInstructions else {
            return .rejected(.malformed, "the program has \(code.count) instructions; the limit is \(maxInstructions)")
        }
        var open = 0
        for ins in parsed.code {
            if ins.opcode == .lpb { open += 1 }
            if ins.opcode == .lpe {
                guard open > 0 else { return .rejected(.malformed, "\(ins.location.map { "\($0): " } ?? "")lpe without a matching lpb") }
                open -= 1
            }
        }
        guard let sequence = database[id] else { return .rejected(.unknownSequence, "\(id) is not in the coordinator's sequence data") }
        // The stored file gets the sequence's offset, so the program is judged with it.
        let program = Program(code, offset: sequence.offset == 0 ? nil : sequence.offset)
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: programs, limits: limits) } catch {
            return .rejected(.wrong, "the program cannot run: \(error.description)")
        }
        evaluator.context.overallDeadline = monotonicNanoseconds() + UInt64(seconds * 1e9)
        let assessment = ProgramStore.assess(evaluator, for: sequence)
        if let failure = assessment.failure { return .rejected(.wrong, failure) }
        let canonical = program.description
        return .verified(VerifiedProgram(text: canonical, hash: SHA256.hex(canonical), figures: assessment.figures), sequence: sequence, program: program)
    }

    /// The figures of the program in the programs folder for `sequence`, if there is one.
    public func baseline(for sequence: IntegerSequence) -> ReplacementPolicy.Candidate? {
        let path = programs.path(for: ProgramID(number: sequence.id.number))
        guard FileManager.default.fileExists(atPath: path), let program = try? ProgramDirectory.load(file: path) else { return nil }
        return ProgramStore.assess(program, for: sequence, resolver: programs, limits: limits, seconds: seconds)
    }
}
