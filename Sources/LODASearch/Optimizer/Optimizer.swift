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

/// One round of the optimizer: the analyses of the current code, and the first rule
/// that changes something.
struct OptimizerPass {
    let facts: CodeFacts
    var code: [Instruction] { facts.code }
    lazy var ranges = RangeAnalysis(facts)
    lazy var liveness = Liveness(facts)
    /// Errors are kept exactly (see `Optimizer.Mode`).
    let exact: Bool

    init(_ facts: CodeFacts, exact: Bool) {
        self.facts = facts
        self.exact = exact
    }

    /// The code after this round's rewrites, or nil at the fixpoint. Rewrites that replace
    /// instructions by exact equivalents at their point, or remove instructions that change
    /// nothing used later, hold together on one analysis: the first rules' edits are made
    /// together; the others restructure code and get a round of their own.
    mutating func rewrite() -> [Instruction]? {
        var edits = Edits()
        removeNoOps(&edits)
        // A `mov` (or `clr`) that leaves the value a cell already holds depends on the write
        // before it, which liveness sees as overwritten: no dead stores in the same round.
        let blind = edits.replacements.keys.contains { !code[$0].opcode.info.readsTarget }
        foldConstants(&edits)
        if !blind { removeDeadCode(&edits) }
        if !edits.isEmpty { return edits.applied(to: code) }
        if let c = normalizeAffineChains() { return c }
        if let c = mergeOperations() { return c }
        if edits.isEmpty, case let drop = faintWrites(), !drop.isEmpty { return removing(drop) }
        if let c = coalesceCells() { return c }
        if let c = renumberCells() { return c }
        return nil
    }
}

/// Changes to instructions by index, made together: a removal, or a replacement by other
/// instructions (none, one, or several `mov`s for a loop). The first claim on an index wins.
struct Edits {
    private(set) var replacements: [Int: [Instruction]] = [:]
    var isEmpty: Bool { replacements.isEmpty }

    /// Claims `indices` (all free) and puts `new` in place of the first.
    mutating func replace(_ indices: ClosedRange<Int>, with new: [Instruction]) {
        guard indices.allSatisfy({ replacements[$0] == nil }) else { return }
        for i in indices { replacements[i] = [] }
        replacements[indices.lowerBound] = new
    }

    mutating func remove(_ i: Int) { replace(i...i, with: []) }
    mutating func replace(_ i: Int, with new: Instruction) { replace(i...i, with: [new]) }
    func claimed(_ i: Int) -> Bool { replacements[i] != nil }

    func applied(to code: [Instruction]) -> [Instruction] {
        var out: [Instruction] = []
        out.reserveCapacity(code.count)
        for (i, ins) in code.enumerated() {
            if let r = replacements[i] { out += r } else { out.append(ins) }
        }
        return out
    }
}
