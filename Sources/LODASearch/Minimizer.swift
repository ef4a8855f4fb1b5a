import LODACore
import LODAEvaluator
import LODASequences

/// Shrinks a verified program: removes instructions (and whole loops) one at a time,
/// keeping each removal only if the program still passes the check with as many
/// correct terms, until the time budget runs out.
public struct Minimizer {
    public var resolver: ProgramResolver?
    public var clock: () -> UInt64

    public init(resolver: ProgramResolver?, clock: @escaping () -> UInt64 = monotonicNanoseconds) {
        self.resolver = resolver
        self.clock = clock
    }

    func check(_ p: Program, _ sequence: IntegerSequence, deadline: UInt64) -> CheckResult? {
        guard let e = try? Evaluator(p, resolver: resolver) else { return nil }
        e.context.overallDeadline = deadline
        return e.check(against: sequence.terms)
    }

    public func minimize(_ program: Program, for sequence: IntegerSequence, seconds: Double) -> Program {
        let deadline = clock() + UInt64(seconds * 1e9)
        guard let base = check(program, sequence, deadline: deadline), base.status != .error else { return program }
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
            if let r = check(trial, sequence, deadline: deadline), r.status != .error, r.matched >= base.matched {
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
