import LODACore
import LODANumber

/// Exact rewrites of a program, applied until none applies.
///
/// The optimized program computes the same value, fails at the same term with the same
/// error text, and takes no more steps, for every input that fits in 64 bits, as long as
/// the original stays within the step and time limits (with fewer steps the optimized
/// program may finish where the original ran out of steps). Rewrites that remove, merge
/// or move an instruction that could fail are made only when the range analysis proves
/// that it cannot fail, so error messages keep naming the same instruction.
///
/// Rules (each in `Optimizer+Rules.swift`, each with a unit test):
/// - no-ops (`add $x,0`, `mul $x,1`, `mov $x,$x`, `min $x,c` when x ≤ c always, ...);
/// - constant folding and propagation from the start state (every cell but the input is 0),
///   including loops whose cells are all constants, which are run once by the analysis;
/// - merging constant operations on one cell (`add`/`sub` chains, `mul` chains, `mul k`
///   then `div k`, repeated `div`, `mod`, `min`, `max`, `trn`, `gcd`, bitwise chains,
///   `mul k; pow e; div k^e`);
/// - dead stores (a write never read before it is overwritten or the program ends, `$0`
///   being read at the end), loops whose effect is never used, loops that never accept an
///   iteration;
/// - `op $a,$b; mov $b,$a` with a commutative `op` and `$a` dead afterwards as `op $b,$a`;
/// - `mov` chains and the final `mov $0,$k` by coalescing cells whose values never live
///   at the same time, then renumbering the cells to `$1`, `$2`, ... in order of use.
public struct Optimizer: Sendable {
    /// Cells above this are beyond the memory limit; programs that name them are left alone.
    public var maxMemory = 2000
    /// Rounds of rewriting before giving up on a fixpoint (each round applies one rule).
    public var maxRounds = 500
    /// `exact` (the default): errors are kept as they are, down to their text. `relaxed`:
    /// wherever the original computes a value the result computes the same value, in no
    /// more steps, but where the original fails the result may fail differently or not at
    /// all; for the minimizer and the miner, whose results are checked against the terms.
    public enum Mode: Sendable { case exact, relaxed }
    public var mode: Mode

    public init(mode: Mode = .exact) { self.mode = mode }

    /// The optimized program: header comments and directives kept, other comments dropped
    /// where their instructions changed.
    public func optimize(_ program: Program) -> Program {
        let header = program.instructions.prefix { $0.isCommentLine }
        var out = program
        out.instructions = Array(header) + optimize(code: program.code)
        return out
    }

    /// The optimized form of executable code (no comment lines).
    public func optimize(code: [Instruction]) -> [Instruction] {
        var code = code
        for _ in 0..<maxRounds {
            guard let facts = CodeFacts(code, maxMemory: maxMemory) else { return code }
            var pass = OptimizerPass(facts, exact: mode == .exact)
            guard let next = pass.rewrite() else { return code }
            code = next
        }
        return code
    }
}
