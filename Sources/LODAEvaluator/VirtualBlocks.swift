import LODACore
import LODANumber

extension CompiledProgram {
    /// `program` compiled with each of `plan`'s blocks entered through one `block`
    /// instruction that jumps past it (the block's own instructions stay in place, unused).
    convenience init(_ program: Program, virtual plan: VirtualPlan, limits: EvaluationLimits) throws(EvaluationError) {
        try self.init(program, limits: limits)
        let code = program.code
        var blocks: [VirtualBlock] = []
        for (k, b) in plan.blocks.enumerated() {
            let compiled = try CompiledProgram(Program(Array(code[b.start..<b.end])), limits: limits)
            blocks.append(VirtualBlock(program: compiled, input: b.input, output: b.output))
            self.code[b.start].form = .block
            self.code[b.start].jump = Int32(b.end)
            self.code[b.start].writeLo = Int32(k)
        }
        self.blocks = blocks
    }

    /// Calls of the blocks so far and how many were answered from their results.
    var blockUse: (calls: Int, hits: Int) {
        blocks.reduce((0, 0)) { ($0.0 + $1.calls, $0.1 + $1.hits) }
    }
}

extension Machine {
    /// Runs a `block` instruction: the block's result for the input cell's value, from its
    /// results or by running it on fresh memory one call level down. Returns its steps.
    @inline(never)
    func runBlock(_ ins: CompiledInstruction, _ p: CompiledProgram) throws(EvaluationError) -> Int {
        let block = p.blocks[Int(ins.writeLo)]
        let x = block.input >= 0 ? value(at: block.input) : .zero
        block.calls += 1
        if let known = block.results[x] {
            block.hits += 1
            writeNumber(block.output, known.value)
            return known.steps
        }
        let m = context.machine(callDepth + 1)
        m.resetMemory(baseUsed: block.program.baseUsed)
        if block.input >= 0 { m.writeNumber(block.input, x) }
        let steps = try m.execute(block.program)
        let value = m.value(at: block.output)
        if block.results.count >= VirtualBlock.capacity { block.results.removeAll() }
        block.results[x] = (value, steps)
        writeNumber(block.output, value)
        return steps
    }
}
