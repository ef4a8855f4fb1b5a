import LODACore
import LODANumber

/// What both accelerators need to know of a program before choosing a shape: its loops
/// and effects, and that no cell-count or index limit can tell its runs apart (counter
/// loops only, no indirect operands, no `prg`, region operations only of constant length,
/// few cells at or above 16).
struct ShapeFacts {
    let facts: CodeFacts
    /// (lpb, lpe) of each top-level loop.
    let topLoops: [(Int, Int)]

    init?(_ code: [Instruction], limits: EvaluationLimits) {
        let limit = limits.maxMemory < 0 ? CompiledProgram.denseLimit - 1 : min(limits.maxMemory, CompiledProgram.denseLimit - 1)
        guard let facts = CodeFacts(code, maxMemory: limit), !facts.regionMode else { return nil }
        var high = Set<Int>()
        var loops: [(Int, Int)] = []
        var depth = 0
        for (i, ins) in code.enumerated() {
            let e = facts.effects[i]
            if ins.opcode == .prg || e.writesAll || (e.readsAll && ins.opcode != .dbg) { return nil }
            for w in e.writes where w >= 16 { high.insert(w) }
            if ins.opcode == .lpb {
                if depth == 0 { loops.append((i, facts.partner[i])) }
                depth += 1
            } else if ins.opcode == .lpe {
                depth -= 1
            }
        }
        // With this few cells at or above 16, the cell-count limit can never be reached,
        // whatever values the cells hold and in whatever order they are computed.
        if limits.maxMemory >= 0 && 16 + high.count > limits.maxMemory { return nil }
        self.facts = facts
        topLoops = loops
    }

    /// The index of a direct operand.
    static func cell(_ o: Operand) -> Int? {
        if case .direct(let n) = o { return n.intValue }
        return nil
    }
}
