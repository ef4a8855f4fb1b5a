import LODACore
import LODANumber

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
        if let c = commuteUpdates() { return c }
        if edits.isEmpty, case let drop = faintWrites(), !drop.isEmpty { return removing(drop) }
        if let c = coalesceCells() { return c }
        if let c = renumberCells() { return c }
        return nil
    }
}
