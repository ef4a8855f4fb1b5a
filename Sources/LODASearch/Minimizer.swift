import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// Shortens a verified program while it keeps passing the check.
///
/// First the exact optimizer; then a search over trials, each shorter than the current
/// program: deleting an instruction, a whole loop or a loop's `lpb`/`lpe` wrapper,
/// deleting two instructions at once, and merging two constant operations on one cell
/// even where the optimizer cannot prove that no overflow changes (the check decides).
/// A trial is screened on the first terms under a small budget, optimized, and kept only
/// when it passes the full check with at least as many correct terms, within the time
/// budget, and is not slower than the original beyond the replacement policy's margin.
/// Each kept trial restarts the search from the shorter program.
public struct Minimizer {
    public var resolver: ProgramResolver?
    public var clock: () -> UInt64
    public var optimizer = Optimizer(mode: .relaxed)
    /// Two instructions at most this far apart are tried for deletion together.
    public var pairDistance = 8
    /// Limits of the full check of each trial (the miner passes its verification limits).
    public var limits: EvaluationLimits { full.limits }
    /// Trials are first compared on this many terms under a small budget; most deletions
    /// change an early term, and a full check costs every known term.
    static let screenTerms = 24
    /// A shorter program may take this share more steps than the original (the replacement
    /// policy's margin), plus one step per term.
    public static let slowdown = 1 / 0.9
    let screening: EvaluationContext
    let full: EvaluationContext

    public init(
        resolver: ProgramResolver?, limits: EvaluationLimits = .standard, screeningSteps: Int = 40_000,
        clock: @escaping () -> UInt64 = monotonicNanoseconds
    ) {
        self.resolver = resolver
        self.clock = clock
        // (trials are screened on a few terms: no accelerators, whose planning would cost more)
        var screeningLimits = EvaluationLimits(maxSteps: screeningSteps)
        screeningLimits.accelerated = false
        screening = EvaluationContext(limits: screeningLimits, resolver: resolver)
        full = EvaluationContext(limits: limits, resolver: resolver)
    }

    /// A program's check against the known terms, with the steps it took.
    struct Score {
        var passes: Bool
        var matched: Int
        var steps: Int
    }

    /// The check under the full limits, stopped by `deadline`; nil when the deadline (or a
    /// cancellation) cut it short, so that it says nothing.
    func score(_ p: Program, _ sequence: IntegerSequence, deadline: UInt64) -> Score? {
        guard let e = try? Evaluator(p, context: full) else { return Score(passes: false, matched: 0, steps: 0) }
        e.context.overallDeadline = deadline
        defer { e.context.overallDeadline = 0 }
        let needed = min(Evaluator.requiredTerms, sequence.terms.count)
        var matched = 0, steps = 0
        for (i, want) in sequence.terms.enumerated() {
            do {
                let t = try e.term(p.offset + i)
                guard t.value == want else { return Score(passes: false, matched: matched, steps: steps) }
                matched += 1
                steps += t.steps
            } catch {
                if error == .timeout || error == .cancelled { return nil }
                return Score(passes: matched >= needed, matched: matched, steps: steps)
            }
        }
        return Score(passes: true, matched: matched, steps: steps)
    }

    /// The check verdict of `program` against `sequence`'s known terms under the full limits.
    public func check(_ program: Program, against sequence: IntegerSequence) -> CheckResult? {
        guard let e = try? Evaluator(program, context: full) else { return nil }
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

    /// The shortest program found for `sequence` within `seconds`.
    /// - Parameter verified: the program's own check under the same limits, when the caller
    ///   has it (its steps are then computed again once).
    public func minimize(_ program: Program, for sequence: IntegerSequence, seconds: Double, verified: CheckResult? = nil) -> Program {
        minimizeWithFigures(program, for: sequence, seconds: seconds, verified: verified).program
    }

    /// The shortest program found, with its check (nil when the program could not be checked
    /// within the time, or does not pass: it is then returned unchanged).
    public func minimizeWithFigures(
        _ program: Program, for sequence: IntegerSequence, seconds: Double,
        verified: CheckResult? = nil
    ) -> (program: Program, figures: FindFigures?) {
        let deadline = clock() + UInt64(max(0, seconds) * 1e9)
        if let verified, verified.status == .error { return (program, nil) }
        guard let base = score(program, sequence, deadline: deadline), base.passes else { return (program, nil) }
        let stepLimit = Double(base.steps) * Minimizer.slowdown + Double(base.matched)
        var best = program
        var bestScore = base
        var bestWeight = Minimizer.constantWeight(program.code)
        // Shorter; or as long and faster; or as long, not slower, with smaller constants.
        func accept(_ trial: Program) -> Bool {
            let n = trial.code.count, m = best.code.count
            guard n <= m else { return false }
            let weight = Minimizer.constantWeight(trial.code)
            if n == m && weight >= bestWeight && trial.code == best.code { return false }
            guard let s = score(trial, sequence, deadline: deadline), s.passes, s.matched >= base.matched,
                Double(s.steps) <= stepLimit
            else { return false }
            guard n < m || s.steps < bestScore.steps || (s.steps == bestScore.steps && weight < bestWeight) else { return false }
            best = trial
            bestScore = s
            bestWeight = weight
            return true
        }
        _ = accept(optimizer.optimize(program))
        var tried = Set<Int>()
        var changed = true
        while changed && clock() < deadline {
            changed = false
            for code in trials(best.code) where tried.insert(Minimizer.hash(code)).inserted {
                if clock() >= deadline { break }
                var trial = best
                trial.instructions = Array(best.instructions.prefix { $0.isCommentLine }) + code
                guard screen(trial, sequence) else { continue }
                if accept(optimizer.optimize(trial)) {
                    changed = true
                    break
                }
            }
        }
        return (best, FindFigures(correctTerms: bestScore.matched, totalSteps: bestScore.steps))
    }

    /// The size of a program's constants: the sum of their bit lengths (smaller is simpler).
    static func constantWeight(_ code: [Instruction]) -> Int {
        code.reduce(0) { sum, ins in
            if case .constant(let c) = ins.source, ins.opcode.kind == .arithmetic { return sum + c.bitLength }
            return sum
        }
    }

    /// A hash of code by its operations and operands (comments left out).
    static func hash(_ code: [Instruction]) -> Int {
        var h = Hasher()
        for ins in code {
            h.combine(ins.opcode)
            h.combine(ins.target)
            h.combine(ins.source)
        }
        return h.finalize()
    }

    /// Shorter variants of `code`, the likeliest first: single deletions (from the end,
    /// where matchers append their transforms), merges of operations on one cell, then
    /// pairs of deletions.
    func trials(_ code: [Instruction]) -> [[Instruction]] {
        var partner = [Int](repeating: -1, count: code.count)
        var open: [Int] = []
        for (i, ins) in code.enumerated() {
            if ins.opcode == .lpb { open.append(i) }
            if ins.opcode == .lpe, let b = open.popLast() { (partner[b], partner[i]) = (i, b) }
        }
        func without(_ drop: Set<Int>) -> [Instruction] { code.indices.filter { !drop.contains($0) }.map { code[$0] } }
        var out: [[Instruction]] = []
        for i in code.indices.reversed() {
            switch code[i].opcode {
            case .lpe: continue
            case .lpb:
                guard partner[i] >= 0 else { continue }
                out.append(without(Set(i...partner[i])))
                out.append(without([i, partner[i]]))
            default:
                out.append(without([i]))
            }
        }
        out += merges(code)
        out += loopSummaries(code, partner)
        // an operation replaced by a mov (the optimizer may then fold cells together)
        for i in code.indices where code[i].opcode.kind == .arithmetic && code[i].opcode != .mov {
            var trial = code
            trial[i] = Instruction(.mov, code[i].target, code[i].source)
            out.append(trial)
        }
        if pairDistance > 0 {
            let plain = code.indices.filter { code[$0].opcode != .lpb && code[$0].opcode != .lpe }
            for (a, i) in plain.enumerated().reversed() {
                for j in plain[(a + 1)...] where j - i <= pairDistance { out.append(without([i, j])) }
            }
        }
        // smaller constants (as long, kept when not slower)
        for i in code.indices where code[i].opcode.kind == .arithmetic {
            guard case .constant(let c) = code[i].source, let v = c.intValue, abs(v) >= 2 else { continue }
            for smaller in Set([0, v.signum(), v / 2, v - v.signum()]) {
                var trial = code
                trial[i].source = .value(smaller)
                out.append(trial)
            }
        }
        return out
    }

    /// Counter loops whose other cells only accumulate (`add`/`sub` of a constant or of a cell
    /// the loop does not change) or multiply by a constant, with the counter going down by a
    /// constant k, in closed form: n = counter / k iterations, x + n*v, x * m^n, counter mod k.
    /// (Exact for counters that are not negative; the check decides.)
    func loopSummaries(_ code: [Instruction], _ partner: [Int]) -> [[Instruction]] {
        var out: [[Instruction]] = []
        var highest = 0
        for ins in code {
            for o in [ins.target, ins.source] {
                if case .direct(let n) = o, let v = n.intValue { highest = max(highest, v) }
                if case .indirect = o { return [] }
            }
            if ins.opcode.kind == .region || ins.opcode == .prg { return [] }
        }
        for b in code.indices where code[b].opcode == .lpb && code[b].source == .value(1) {
            let e = partner[b]
            guard e > b + 1, case .direct(let cn) = code[b].target, let c = cn.intValue else { continue }
            let body = Array(code[(b + 1)..<e])
            guard body.allSatisfy({ $0.opcode.kind == .arithmetic }) else { continue }
            var step: Number?
            var updates: [(cell: Int, op: Opcode, source: Operand)] = []
            var written = Set<Int>()
            var ok = true
            for ins in body {
                guard case .direct(let tn) = ins.target, let t = tn.intValue, written.insert(t).inserted else { ok = false; break }
                if t == c {
                    guard ins.opcode == .sub, case .constant(let k) = ins.source, k.signum > 0 else { ok = false; break }
                    step = k
                } else {
                    guard [.add, .sub, .mul].contains(ins.opcode) else { ok = false; break }
                    if ins.opcode == .mul, !ins.source.isConstant { ok = false; break }
                    updates.append((t, ins.opcode, ins.source))
                }
            }
            guard ok, let k = step else { continue }
            // sources must not change in the loop, and nothing but its own update reads an updated cell
            for u in updates {
                if case .direct(let sn) = u.source, let s = sn.intValue, written.contains(s) { ok = false }
            }
            guard ok else { continue }
            let n = highest + 1, scratch = highest + 2
            var summary: [Instruction] = [Instruction(.mov, .cell(n), .cell(c))]
            if k != 1 { summary.append(Instruction(.div, .cell(n), .constant(k))) }
            for u in updates {
                if u.op == .mul {
                    summary += [
                        Instruction(.mov, .cell(scratch), u.source), Instruction(.pow, .cell(scratch), .cell(n)),
                        Instruction(.mul, .cell(u.cell), .cell(scratch))
                    ]
                } else {
                    summary += [
                        Instruction(.mov, .cell(scratch), .cell(n)), Instruction(.mul, .cell(scratch), u.source),
                        Instruction(u.op, .cell(u.cell), .cell(scratch))
                    ]
                }
            }
            summary.append(k == 1 ? Instruction(.mov, .cell(c), .value(0)) : Instruction(.mod, .cell(c), .constant(k)))
            out.append(Array(code[..<b]) + summary + Array(code[(e + 1)...]))
        }
        return out
    }

    /// Two constant operations on one cell, with nothing touching the cell between them, as one.
    func merges(_ code: [Instruction]) -> [[Instruction]] {
        func constantOperation(_ ins: Instruction) -> (Int, Number)? {
            guard ins.opcode.kind == .arithmetic, case .direct(let t) = ins.target, let x = t.intValue,
                case .constant(let c) = ins.source, c.isWithinLimit
            else { return nil }
            return (x, c)
        }
        var out: [[Instruction]] = []
        for i in code.indices {
            guard let (x, c1) = constantOperation(code[i]) else { continue }
            var j = i + 1
            while j < code.count {
                let ins = code[j]
                if ins.opcode == .lpb || ins.opcode == .lpe { break }
                if ins.source == .cell(x) || ins.target == .cell(x) || ins.opcode.kind == .region || ins.opcode == .prg
                    || { if case .indirect = ins.source { return true } else if case .indirect = ins.target { return true } else { return false } }()
                {
                    break
                }
                j += 1
            }
            guard j < code.count, let (x2, c2) = constantOperation(code[j]), x2 == x,
                let merged = OptimizerPass.combine(code[i].opcode, c1, code[j].opcode, c2)
            else { continue }
            out.append(merged.applied(to: code, at: i, j, cell: x))
        }
        return out
    }
}
