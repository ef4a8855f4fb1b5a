import LODACore
import LODANumber

/// A program ready to run: comment lines removed, loops matched, operand forms specialised.
public final class CompiledProgram: @unchecked Sendable {  // `code` and `blocks` are written only while compiling, before the instance is returned
    @usableFromInline let code: UnsafeMutableBufferPointer<CompiledInstruction>
    let constants: [Number]
    /// Any `lpb` with a length other than the constant 1 puts every loop in region mode.
    public let regionMode: Bool
    /// One more than the highest directly addressed cell below the dense limit.
    let baseUsed: Int
    public let limits: EvaluationLimits
    /// What was compiled: a program, or compact code (the miner's candidates, which are
    /// turned into a `Program` only when asked for).
    enum Origin {
        case program(Program, hasComments: Bool)
        case compact([CompactInstruction])
    }
    let origin: Origin
    /// Number of compiled instructions.
    public let count: Int
    /// The virtual evaluator's blocks (`block` instructions name them by index).
    var blocks: [VirtualBlock] = []
    /// The program's first index (0 for compact code).
    public let offset: Int

    public var program: Program {
        switch origin {
        case .program(let p, _): p
        case .compact(let c): Program(compact: c)
        }
    }

    /// The source of compiled instruction `pc` (for error messages).
    public func sourceInstruction(_ pc: Int) -> Instruction {
        switch origin {
        case .program(let p, let hasComments): hasComments ? p.code[pc] : p.instructions[pc]
        case .compact(let c): c[pc].instruction
        }
    }

    /// Direct indices at or above this live in a sparse map instead of the cell array.
    static let denseLimit = 1 << 16

    public convenience init(_ program: Program, limits: EvaluationLimits = .standard) throws(EvaluationError) {
        var constants: [Number] = []
        var highest = 0
        func kind(_ operand: Operand) -> (OperandKind, Int) {
            switch operand {
            case .constant(let n):
                if let v = n.intValue { return (.small, v) }
                constants.append(n)
                return (n.isWithinLimit ? .big : .infinite, constants.count - 1)
            case .direct(let n):
                guard let v = n.intValue else { return (.hugeIndex, 0) }
                if v < CompiledProgram.denseLimit { highest = max(highest, v) }
                return (.direct, v)
            case .indirect(let n):
                guard let v = n.intValue else { return (.hugeIndex, 0) }
                if v < CompiledProgram.denseLimit { highest = max(highest, v) }
                return (.indirect, v)
            }
        }
        var compiled: [CompiledInstruction] = []
        compiled.reserveCapacity(program.instructions.count)
        var locations: [SourceLocation?] = []
        var hasComments = false
        for ins in program.instructions {
            guard ins.opcode != .nop else {
                hasComments = true
                continue
            }
            let (tk, t) = kind(ins.target)
            let (sk, s) = kind(ins.source)
            compiled.append(
                CompiledInstruction(
                    form: .slow, arithmetic: ins.opcode.arithmetic ?? .mov, op: ins.opcode,
                    targetKind: tk, sourceKind: sk, jump: -1, target: t, source: s))
            locations.append(ins.location)
        }
        try self.init(&compiled, constants: constants, highest: highest, limits: limits, origin: .program(program, hasComments: hasComments)) {
            locations[$0]
        }
    }

    /// Compiles compact code (no comments, offset 0), as the miner does for its candidates.
    public convenience init(compact code: [CompactInstruction], limits: EvaluationLimits = .standard) throws(EvaluationError) {
        var highest = 0
        var compiled: [CompiledInstruction] = []
        compiled.reserveCapacity(code.count)
        func kind(_ mode: OperandMode, _ v: Int) -> OperandKind {
            switch mode {
            case .constant: return .small
            case .direct, .indirect:
                if v < CompiledProgram.denseLimit { highest = max(highest, v) }
                return mode == .direct ? .direct : .indirect
            }
        }
        for ins in code {
            let tk = kind(ins.targetMode, ins.target), sk = kind(ins.sourceMode, ins.source)
            compiled.append(
                CompiledInstruction(
                    form: .slow, arithmetic: ins.opcode.arithmetic ?? .mov, op: ins.opcode,
                    targetKind: tk, sourceKind: sk, jump: -1, target: ins.target, source: ins.source))
        }
        try self.init(&compiled, constants: [], highest: highest, limits: limits, origin: .compact(code)) { _ in nil }
    }

    /// Matches loops and chooses each instruction's form.
    private init(
        _ compiled: inout [CompiledInstruction], constants: [Number], highest: Int, limits: EvaluationLimits, origin: Origin,
        location: (Int) -> SourceLocation?
    ) throws(EvaluationError) {
        self.limits = limits
        self.origin = origin
        var open: [Int] = []
        var region = false
        for index in compiled.indices {
            let c = compiled[index]
            let (tk, t, sk, s) = (c.targetKind, c.target, c.sourceKind, c.source)
            switch c.op {
            case .lpb:
                open.append(index)
                if !(sk == .small && s == 1) { region = true }
            case .lpe:
                guard let begin = open.popLast() else {
                    throw .unmatchedLoopEnd(location(index))
                }
                compiled[index].jump = Int32(begin)
                compiled[begin].jump = Int32(index)
            default:
                break
            }
            let writable = tk == .direct && t < CompiledProgram.denseLimit && (limits.maxMemory < 0 || t <= limits.maxMemory)
            let readable = sk == .small || (sk == .direct && s < CompiledProgram.denseLimit)
            compiled[index].form = CompiledProgram.form(c.op, fast: writable && readable, constant: sk == .small)
        }
        // Each loop's static write range: the fast writes anywhere in its body.
        for (b, ins) in compiled.enumerated() where ins.op == .lpb {
            let end = ins.jump >= 0 ? Int(ins.jump) : compiled.count
            var lo = Int32.max, hi = Int32(-1)
            for body in compiled[(b + 1)..<end] where body.fast {
                lo = min(lo, Int32(body.target))
                hi = max(hi, Int32(body.target))
            }
            if hi >= 0 {
                compiled[b].writeLo = lo
                compiled[b].writeHi = hi
            }
        }
        self.regionMode = region
        for i in compiled.indices {
            if compiled[i].op == .lpb || compiled[i].op == .lpe {
                let lpb = compiled[i].op == .lpb ? compiled[i] : compiled[Int(compiled[i].jump)]
                let direct = !region && lpb.targetKind == .direct && lpb.target < CompiledProgram.denseLimit
                compiled[i].form = compiled[i].op == .lpb ? (direct ? .lpbCounter : .lpb) : (direct ? .lpeCounter : .lpe)
            }
        }
        self.constants = constants
        self.baseUsed = highest + 1
        self.count = compiled.count
        if case .program(let p, _) = origin { offset = p.offset } else { offset = 0 }
        code = .allocate(capacity: max(compiled.count, 1))
        _ = code.initialize(from: compiled)
    }

    deinit { code.deallocate() }

    /// The forms of each opcode, indexed like `Opcode`'s table: the opcodes with a case of
    /// their own in the run loop (for a constant source and for a direct cell), and the
    /// generic small-value forms for the other arithmetic opcodes.
    static let fastForms: [(constant: Form, direct: Form)?] = Opcode.allCases.map { op in
        switch op {
        case .mov: (.movC, .movD)
        case .add: (.addC, .addD)
        case .sub: (.subC, .subD)
        case .mul: (.mulC, .mulD)
        case .div: (.divC, .divD)
        case .mod: (.modC, .modD)
        default: op.kind == .arithmetic ? (.arithC, .arithD) : nil
        }
    }

    static func form(_ op: Opcode, fast: Bool, constant: Bool) -> Form {
        switch op.kind {
        case .arithmetic:
            guard fast, let forms = fastForms[Int(op.rawValue)] else { return .slow }
            return constant ? forms.constant : forms.direct
        case .loopBegin: return .lpb
        case .loopEnd: return .lpe
        case .region: return .region
        case .seq: return .seq
        case .prg: return .prg
        case .debug: return .dbg
        case .nop: return .nop
        }
    }
}
