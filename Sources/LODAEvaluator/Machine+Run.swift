import GMPShim
import LODACore
import LODANumber

/// One arithmetic step on small values: `f` gives nil when the general path must decide.
@inline(__always)
private func small(
    _ ins: UnsafeMutablePointer<CompiledInstruction>, _ c: UnsafeMutablePointer<Cell>, _ b: Int,
    _ f: (Int, Int) -> Int?
) -> Bool {
    let t = ins.pointee.target
    let a = c[t]
    guard !a.big, let r = f(a.v, b) else { return false }
    c[t].v = r
    return true
}

/// The small value of a direct source cell, or nil when it is big.
@inline(__always)
private func cell(_ ins: UnsafeMutablePointer<CompiledInstruction>, _ c: UnsafeMutablePointer<Cell>) -> Int? {
    let b = c[ins.pointee.source]
    return b.big ? nil : b.v
}

extension Machine {
    /// Runs `p` once with `$0 = input` and returns `$0` and the steps taken.
    func run(_ p: CompiledProgram, input: Number) throws(EvaluationError) -> (Number, Int) {
        resetMemory(baseUsed: p.baseUsed)
        writeNumber(0, input)
        for (k, v) in presetInputs.enumerated().dropFirst() { writeNumber(k, v) }
        let steps = try execute(p)
        return (value(at: 0), steps)
    }

    /// Runs `p` on the memory as it stands (the accelerators run parts of a program this way)
    /// and returns the steps taken.
    func execute(_ p: CompiledProgram) throws(EvaluationError) -> Int {
        if used < p.baseUsed {
            memory.grow(to: p.baseUsed)
            used = p.baseUsed
            updateMemoryCheck()
        }
        st.pointee.depth = 0
        st.pointee.extraSteps = 0
        st.pointee.pendingCellCount = 0
        let code = p.code.baseAddress!
        let n = p.count
        let maxDepth = context.limits.maxLoopDepth
        var pc = 0
        var steps = 0
        var depth = 0
        var c = memory.cells
        var limit = try checkLimits(steps: 0, pc: 0, p)
        prepareFrame(0)

        while pc < n {
            let ins = code + pc
            var done = true
            switch ins.pointee.form {
            case .movC:
                c[ins.pointee.target] = Cell(v: ins.pointee.source, big: false)
            case .movD:
                let b = c[ins.pointee.source]
                if b.big { done = false } else { c[ins.pointee.target] = b }
            case .addC: done = small(ins, c, ins.pointee.source, Semantics.add)
            case .addD: done = cell(ins, c).map { small(ins, c, $0, Semantics.add) } ?? false
            case .subC: done = small(ins, c, ins.pointee.source, Semantics.sub)
            case .subD: done = cell(ins, c).map { small(ins, c, $0, Semantics.sub) } ?? false
            case .mulC: done = small(ins, c, ins.pointee.source, Semantics.mul)
            case .mulD: done = cell(ins, c).map { small(ins, c, $0, Semantics.mul) } ?? false
            case .divC: done = small(ins, c, ins.pointee.source, Semantics.div)
            case .divD: done = cell(ins, c).map { small(ins, c, $0, Semantics.div) } ?? false
            case .modC: done = small(ins, c, ins.pointee.source, Semantics.mod)
            case .modD: done = cell(ins, c).map { small(ins, c, $0, Semantics.mod) } ?? false
            case .arithC:
                let op = ins.pointee.arithmetic
                done = small(ins, c, ins.pointee.source) { Semantics.small(op, $0, $1) }
            case .arithD:
                let op = ins.pointee.arithmetic
                done = cell(ins, c).map { b in small(ins, c, b) { Semantics.small(op, $0, $1) } } ?? false
            case .slow:
                done = false
            case .lpbCounter, .lpb:
                if depth >= maxDepth { throw .stackExceeded(maxDepth) }
                if depth + 1 >= frameCount { prepareFrame(depth + 1) }
                enter(depth, staticLo: Int(ins.pointee.writeLo), staticHi: Int(ins.pointee.writeHi))
                let t = ins.pointee.target
                if ins.pointee.form == .lpbCounter && t < used && !c[t].big {
                    frames[depth].counter = c[t]
                } else if p.regionMode {
                    try regionEnter(ins.pointee, depth, p)
                } else {
                    _ = try counterDecreased(ins.pointee, depth, p, enter: true)
                }
                depth += 1
            case .lpeCounter, .lpe:
                let begin = Int(ins.pointee.jump)
                let lpb = code + begin
                let f = depth - 1
                let decreased: Bool
                let t = lpb.pointee.target
                if ins.pointee.form == .lpeCounter && t < used && !c[t].big && !frames[f].counter.big {
                    let v = c[t].v
                    decreased = v >= 0 && v < frames[f].counter.v
                    if decreased { frames[f].counter.v = v }
                } else if p.regionMode {
                    decreased = try regionDecreased(lpb.pointee, f, p)
                } else {
                    decreased = try counterDecreased(lpb.pointee, f, p, enter: false)
                }
                if decreased {
                    accept(f)
                    steps &+= 1
                    if steps > limit { limit = try checkLimits(steps: steps, pc: pc, p) }
                    pc = begin &+ 1
                    continue
                }
                leave(f)
                depth = f
                if memoryCheckNeeded { limit = steps }
            case .region:
                try regionOperation(ins.pointee, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .seq:
                steps &+= try seq(ins.pointee, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .prg:
                steps &+= try prg(ins.pointee, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .block:
                steps &+= try runBlock(ins.pointee, p) &- 1
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
                pc = Int(ins.pointee.jump) &- 1
            case .dbg:
                debugOutput()
            case .nop:
                break
            }
            if !done {
                // Big values, overflow, undefined results, indirect operands, limits: the general paths.
                if ins.pointee.fast {
                    try arithmeticDirect(ins.pointee.arithmetic, ins.pointee, pc, p)
                } else {
                    try arithmetic(ins.pointee.arithmetic, ins.pointee, pc, p)
                    c = memory.cells
                    if memoryCheckNeeded { limit = steps }
                }
                if st.pointee.extraSteps != 0 {
                    steps &+= st.pointee.extraSteps
                    st.pointee.extraSteps = 0
                }
            }
            steps &+= 1
            if steps > limit { limit = try checkLimits(steps: steps, pc: pc, p) }
            pc &+= 1
        }
        if depth > 0 { throw .unclosedLoop }
        return steps
    }
}
