import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences

/// Re-checks a submitted program from scratch: the text is untrusted. Size limits, parse
/// errors, calls of its own sequence, wrong terms, evaluation errors, step and memory limits
/// and the time budget all end in a rejection with one sentence of reason.
public enum Verification {
    public static func run(_ request: VerificationRequest, programs folder: String, limits: EvaluationLimits = .standard) -> VerificationResult {
        let started = monotonicNanoseconds()
        var result = check(request, programs: folder, limits: limits)
        result.seconds = Double(monotonicNanoseconds() - started) / 1e9
        return result
    }

    static func check(_ request: VerificationRequest, programs folder: String, limits: EvaluationLimits) -> VerificationResult {
        let text = request.program
        guard text.utf8.count <= request.maxProgramBytes else {
            return .rejected(.malformed, "the program text has \(text.utf8.count) bytes; the limit is \(request.maxProgramBytes)")
        }
        guard let sequence = request.sequence.sequence else { return .rejected(.malformed, "the request's sequence data is not valid") }
        let parsed: Program
        do { parsed = try Parser.parse(text) } catch { return .rejected(.malformed, error.description) }
        let code = parsed.code.map { ins in
            var plain = ins
            plain.comment = nil
            return plain
        }
        guard code.count <= request.maxInstructions else {
            return .rejected(.malformed, "the program has \(code.count) instructions; the limit is \(request.maxInstructions)")
        }
        do { try parsed.validateLoops() } catch { return .rejected(.malformed, error.description) }
        // The stored file gets the sequence's offset, so the program is judged with it.
        let program = Program(code, offset: sequence.offset == 0 ? nil : sequence.offset)
        // (a fresh view of the folder: programs written since the last verification count)
        let directory = ProgramDirectory(folder)
        let id = ProgramID(number: sequence.id.number)
        if program.mayCall(id, resolver: directory) {
            return .rejected(.wrong, "the program calls \(sequence.id), its own sequence, directly or through other programs")
        }
        let deadline = monotonicNanoseconds() + UInt64(max(0, request.seconds) * 1e9)
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: directory, limits: limits) } catch {
            return .rejected(.wrong, "the program cannot run: \(error.description)")
        }
        evaluator.context.overallDeadline = deadline
        let assessment = ProgramStore.assess(evaluator, for: sequence)
        if let failure = assessment.failure { return .rejected(.wrong, failure) }
        let canonical = program.description
        var result = VerificationResult(rejection: nil, reason: "", text: canonical, hash: Digest.sha256(canonical), figures: assessment.figures)
        // The stored program, if any: the replacement policy compares with it.
        let path = directory.path(for: id)
        if FileManager.default.fileExists(atPath: path), let stored = try? ProgramDirectory.load(file: path) {
            let remaining = max(0.1, Double(deadline > monotonicNanoseconds() ? deadline - monotonicNanoseconds() : 0) / 1e9)
            result.baseline = ProgramStore.assess(stored, for: sequence, resolver: directory, limits: limits, seconds: remaining)
            result.breakage = breakage(
                replacing: id, with: program, dependents: request.dependents, directory: directory, limits: limits,
                deadline: deadline)
        }
        return result
    }

    /// Why the programs that call `id` would fail with `program` in its place (nil: they pass).
    static func breakage(
        replacing id: ProgramID, with program: Program, dependents: [KnownSequence]?, directory: ProgramDirectory,
        limits: EvaluationLimits, deadline: UInt64
    ) -> String? {
        guard let dependents else { return "too many programs call \(id) to check them all" }
        let overlay = OverlayResolver(base: directory, overrides: [id: program])
        for known in dependents {
            guard let sequence = known.sequence else { continue }
            let caller = ProgramID(number: sequence.id.number)
            guard let callerProgram = try? directory.program(for: caller) else { continue }
            let remaining = Double(deadline > monotonicNanoseconds() ? deadline - monotonicNanoseconds() : 0) / 1e9
            guard remaining > 0 else { return "no time was left to check the programs that call \(id)" }
            let assessment = ProgramStore.assess(callerProgram, for: sequence, resolver: overlay, limits: limits, seconds: remaining)
            if !assessment.passes { return "\(caller), which calls \(id), would fail its check with it" }
        }
        return nil
    }
}
