import LODACore
import LODAEvaluator
import LODASequences

/// Shrinks a verified program: removes instructions (and whole loops) one at a time,
/// keeping each removal only if the program still passes the check with as many
/// correct terms, until the time budget runs out.
public struct Minimizer {
    public var resolver: ProgramResolver?
    public var clock: () -> UInt64
    /// Limits of the full check of each trial (the miner passes its verification limits).
    public var limits: EvaluationLimits { full.limits }
    /// Trials are first compared on this many terms under a small budget; most removals
    /// change an early term, and a full check costs every known term.
    static let screenTerms = 24
    let screening: EvaluationContext
    let full: EvaluationContext

    public init(resolver: ProgramResolver?, limits: EvaluationLimits = .standard, screeningSteps: Int = 40_000,
                clock: @escaping () -> UInt64 = monotonicNanoseconds) {
        self.resolver = resolver
        self.clock = clock
        screening = EvaluationContext(limits: EvaluationLimits(maxSteps: screeningSteps), resolver: resolver)
        full = EvaluationContext(limits: limits, resolver: resolver)
    }

    func check(_ p: Program, _ sequence: IntegerSequence, deadline: UInt64) -> CheckResult? {
        guard let e = try? Evaluator(p, context: full) else { return nil }
        e.context.overallDeadline = deadline
        defer { e.context.overallDeadline = 0 }
        return e.check(against: sequence.terms)
    }

    /// Whether the trial computes the sequence's first terms (on the screening budget).
    func screen(_ p: Program, _ sequence: IntegerSequence) -> Bool {
        guard let e = try? Evaluator(p, context: screening) else { return false }
        let first = p.offset
        for (i, want) in sequence.terms.prefix(Minimizer.screenTerms).enumerated() {
            guard let t = try? e.term(first + i), t.value == want else { return false }
        }
        return true
    }

    /// - Parameter verified: the program's own check under the same limits, when the caller has it.
    public func minimize(_ program: Program, for sequence: IntegerSequence, seconds: Double, verified: CheckResult? = nil) -> Program {
        let deadline = clock() + UInt64(seconds * 1e9)
        guard let base = verified ?? check(program, sequence, deadline: deadline), base.status != .error else { return program }
        var best = program
        var i = best.instructions.count - 1
        while i >= 0 && clock() < deadline {
            let ins = best.instructions[i]
            var trial = best
            if ins.opcode == .lpe {
                i -= 1
                continue
            }
            if ins.opcode == .lpb {
                guard let end = matchingEnd(best.instructions, i) else { i -= 1; continue }
                trial.instructions.remove(at: end)
            }
            trial.instructions.remove(at: i)
            if screen(trial, sequence), let r = check(trial, sequence, deadline: deadline), r.status != .error, r.matched >= base.matched {
                best = trial
            }
            i = min(i - 1, best.instructions.count - 1)
        }
        return best
    }

    func matchingEnd(_ code: [Instruction], _ begin: Int) -> Int? {
        var depth = 0
        for i in begin..<code.count {
            if code[i].opcode == .lpb { depth += 1 }
            if code[i].opcode == .lpe {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }
}
