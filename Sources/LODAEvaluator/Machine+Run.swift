import GMPShim
import LODACore
import LODANumber

extension Machine {
    /// Reads both operands of a fast instruction when both are small.
    @inline(__always)
    func fastOperands(_ ins: CompiledInstruction, _ c: UnsafeMutablePointer<Cell>) -> (Int, Int)? {
        let a = c[ins.target]
        if a.big { return nil }
        if ins.sourceKind == .small { return (a.v, ins.source) }
        let b = c[ins.source]
        if b.big { return nil }
        return (a.v, b.v)
    }

    /// Runs `p` once with `$0 = input` and returns `$0` and the steps taken.
    func run(_ p: CompiledProgram, input: Number) throws(EvaluationError) -> (Number, Int) {
        resetMemory(baseUsed: p.baseUsed)
        writeNumber(0, input)
        for (k, v) in presetInputs.enumerated().dropFirst() { writeNumber(k, v) }
        let code = p.code.baseAddress!
        let n = p.count
        let regionMode = p.regionMode
        let maxDepth = context.limits.maxLoopDepth
        var pc = 0
        var steps = 0
        var depth = 0
        var c = memory.cells
        var limit = try checkLimits(steps: 0, pc: 0, p)
        prepareFrame(0)

        while pc < n {
            let ins = code[pc]
            switch ins.op {
            case .mov:
                if ins.fast {
                    if ins.sourceKind == .small {
                        c[ins.target] = Cell(v: ins.source, big: false)
                        break
                    }
                    let b = c[ins.source]
                    if !b.big {
                        c[ins.target] = b
                        break
                    }
                }
                try arithmetic(.mov, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .add:
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.add(a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(.add, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .sub:
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.sub(a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(.sub, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .mul:
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.mul(a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(.mul, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .div:
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.div(a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(.div, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .mod:
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.mod(a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(.mod, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .lpb:
                if depth >= maxDepth { throw .stackExceeded(maxDepth) }
                if depth + 1 >= frameCount { prepareFrame(depth + 1) }
                save(depth)
                if regionMode {
                    try regionEnter(ins, depth, p)
                } else if ins.targetKind == .direct && ins.target < used && !c[ins.target].big {
                    frames[depth].counter = c[ins.target]
                } else {
                    _ = try counterDecreased(ins, depth, p, enter: true)
                }
                depth += 1
            case .lpe:
                let begin = Int(ins.jump)
                let lpb = code[begin]
                let f = depth - 1
                let decreased: Bool
                if regionMode {
                    decreased = try regionDecreased(lpb, f, p)
                } else if lpb.targetKind == .direct && lpb.target < used && !c[lpb.target].big && !frames[f].counter.big {
                    let v = c[lpb.target].v
                    decreased = v >= 0 && v < frames[f].counter.v
                    if decreased { frames[f].counter.v = v }
                } else {
                    decreased = try counterDecreased(lpb, f, p, enter: false)
                }
                if decreased {
                    save(f)
                    steps &+= 1
                    if steps > limit { limit = try checkLimits(steps: steps, pc: pc, p) }
                    pc = begin &+ 1
                    continue
                }
                restore(f)
                depth = f
                if memoryCheckNeeded { limit = steps }
            case .clr, .fil, .rol, .ror:
                try regionOperation(ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .seq:
                steps &+= try seq(ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .prg:
                steps &+= try prg(ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            case .dbg:
                debugOutput()
            case .nop:
                break
            default:
                let op = ArithmeticOperation(rawValue: ins.op.rawValue &- 1).unsafelyUnwrapped
                if ins.fast, let (a, b) = fastOperands(ins, c), let r = Semantics.small(op, a, b) {
                    c[ins.target].v = r
                    break
                }
                try arithmetic(op, ins, pc, p)
                c = memory.cells
                if memoryCheckNeeded { limit = steps }
            }
            steps &+= 1
            if steps > limit { limit = try checkLimits(steps: steps, pc: pc, p) }
            pc &+= 1
        }
        if depth > 0 { throw .unclosedLoop }
        return (value(at: 0), steps)
    }
}
