import LODACore
import LODANumber

/// The virtual evaluator's choice of blocks (spec §6.4, in Lodestone's own terms): runs of
/// at least 4 instructions inside an outer loop that contain a complete loop, read one cell
/// on entry and leave one cell that the rest of the program uses. Such a block computes a
/// function of one number, so its results (and steps) can be remembered, like a `seq` call's.
/// Decided once per program.
struct VirtualPlan {
    struct Block: Equatable {
        /// Instructions `start..<end`.
        let start: Int
        let end: Int
        /// The cell read on entry (-1: none, the block computes a constant).
        let input: Int
        let output: Int
        var length: Int { end - start }
    }
    let blocks: [Block]

    static let maxBlocks = 10
    static let minLength = 4

    /// The blocks of `program`, or nil when there are none (or its shape rules them out).
    static func make(_ program: Program, limits: EvaluationLimits) -> VirtualPlan? {
        let code = program.code
        guard code.count > minLength, code.count <= 256, !code.contains(where: { $0.opcode == .dbg }),
            let shape = ShapeFacts(code, limits: limits)
        else { return nil }
        let facts = shape.facts
        var depth: [Int] = []
        var d = 0
        for ins in code {
            if ins.opcode == .lpe { d -= 1 }
            depth.append(d)
            if ins.opcode == .lpb { d += 1 }
        }
        // only loops inside loops can be cut out
        guard code.indices.contains(where: { code[$0].opcode == .lpb && depth[$0] >= 1 }) else { return nil }
        let liveness = Liveness(facts)
        let limit = limits.maxMemory < 0 ? CompiledProgram.denseLimit - 1 : min(limits.maxMemory, CompiledProgram.denseLimit - 1)
        var candidates: [Block] = []
        for (b, ins) in code.enumerated() where ins.opcode == .lpb {
            // the items of this loop's body: single instructions and whole inner loops
            var items: [Range<Int>] = []
            var i = b + 1
            while i < facts.partner[b] {
                let end = code[i].opcode == .lpb ? facts.partner[i] + 1 : i + 1
                items.append(i..<end)
                i = end
            }
            for s in items.indices {
                var hasLoop = false
                for t in s..<items.count {
                    if code[items[t].lowerBound].opcode == .lpb { hasLoop = true }
                    let range = items[s].lowerBound..<items[t].upperBound
                    guard hasLoop, range.count >= minLength else { continue }
                    if let block = block(range, code, liveness, maxMemory: limit) { candidates.append(block) }
                }
            }
        }
        // the longest first, then others that do not overlap them
        var chosen: [Block] = []
        for c in candidates.sorted(by: { ($0.length, -$0.start) > ($1.length, -$1.start) }) where chosen.count < maxBlocks {
            if chosen.allSatisfy({ $0.end <= c.start || c.end <= $0.start }) { chosen.append(c) }
        }
        return chosen.isEmpty ? nil : VirtualPlan(blocks: chosen.sorted { $0.start < $1.start })
    }

    /// `range` as a block, if it reads at most one cell on entry and leaves exactly one cell
    /// that is used after it.
    private static func block(_ range: Range<Int>, _ code: [Instruction], _ liveness: Liveness, maxMemory: Int) -> Block? {
        guard let facts = CodeFacts(Array(code[range]), maxMemory: maxMemory) else { return nil }
        var written = Set<Int>()
        for e in facts.effects { written.formUnion(e.writes) }
        let after = liveness.liveAfter[range.upperBound - 1]
        guard !after.all else { return nil }
        let outputs = written.intersection(after.cells)
        guard outputs.count == 1, let output = outputs.first else { return nil }
        let inputs = Liveness(facts, liveAtEnd: CellSet([output])).liveAtEntry
        guard !inputs.all, inputs.cells.count <= 1 else { return nil }
        return Block(start: range.lowerBound, end: range.upperBound, input: inputs.cells.first ?? -1, output: output)
    }
}
