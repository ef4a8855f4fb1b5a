import LODACore
import LODANumber

/// How an operand is reached, decided once before the program runs.
@usableFromInline
enum OperandKind: UInt8 {
    case direct       // cell `value`
    case indirect     // cell whose index is in cell `value`
    case small        // constant `value`
    case big          // constant `constants[value]`, within the magnitude limit
    case infinite     // constant `constants[value]` at or beyond 2^3840 (INF when used)
    case hugeIndex    // `$n`/`$$n` with n beyond Int64: "Integer overflow" when used
}

/// What the run loop does for an instruction, decided when compiling: the common
/// arithmetic opcodes get one form per operand shape (`C`: the source is a small
/// constant, `D`: a direct cell), so the per-step code does no operand decoding.
/// Every other case (indirect operands, big constants, targets beyond the memory
/// limit) runs the general `slow` form, which handles big values and all checks.
@usableFromInline
enum Form: UInt8 {
    case movC, movD, addC, addD, subC, subD, mulC, mulD, divC, divD, modC, modD
    case arithC, arithD  // any other arithmetic opcode on small values
    case slow  // arithmetic in its general form
    case lpbCounter, lpeCounter  // counter-mode loop on a direct cell
    case lpb, lpe  // region mode, or a counter through a pointer or constant
    case region, seq, prg, dbg, nop
}

/// One pre-decoded instruction: 32 bytes, no references.
@usableFromInline
struct CompiledInstruction {
    @usableFromInline var form: Form
    @usableFromInline var arithmetic: ArithmeticOperation
    @usableFromInline var op: Opcode
    @usableFromInline var targetKind: OperandKind
    @usableFromInline var sourceKind: OperandKind
    /// Whether the form writes its direct target without going through a slow path.
    @usableFromInline var fast: Bool { form.rawValue < Form.slow.rawValue }
    /// For `lpe`: index of its `lpb`. For `lpb`: index of its `lpe` (or -1).
    @usableFromInline var jump: Int32
    /// For `lpb`: the lowest and highest cell that fast instructions in the body write
    /// (empty when `writeLo > writeHi`); other writes report themselves at run time.
    @usableFromInline var writeLo: Int32 = 0
    @usableFromInline var writeHi: Int32 = -1
    @usableFromInline var target: Int
    @usableFromInline var source: Int
}

/// A program ready to run: comment lines removed, loops matched, operand forms specialised.
public final class CompiledProgram: @unchecked Sendable {
    @usableFromInline let code: UnsafeMutableBufferPointer<CompiledInstruction>
    /// The instruction each compiled one came from (for error messages and tracing).
    public let sourceInstructions: [Instruction]
    let constants: [Number]
    /// Any `lpb` with a length other than the constant 1 puts every loop in region mode.
    public let regionMode: Bool
    /// One more than the highest directly addressed cell below the dense limit.
    let baseUsed: Int
    public let program: Program
    public let limits: EvaluationLimits

    /// Direct indices at or above this live in a sparse map instead of the cell array.
    static let denseLimit = 1 << 16

    public init(_ program: Program, limits: EvaluationLimits = .standard) throws(EvaluationError) {
        self.program = program
        self.limits = limits
        var source: [Instruction] = []
        var compiled: [CompiledInstruction] = []
        var constants: [Number] = []
        var open: [Int] = []
        var region = false
        var highest = 0
        // without comment lines the source list is the program's own (no copy)
        let hasComments = program.instructions.contains { $0.opcode == .nop }
        compiled.reserveCapacity(program.instructions.count)

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

        for ins in program.instructions where ins.opcode != .nop {
            let (tk, t) = kind(ins.target)
            let (sk, s) = kind(ins.source)
            var c = CompiledInstruction(form: .slow, arithmetic: ins.opcode.info.arithmetic ?? .mov, op: ins.opcode,
                                        targetKind: tk, sourceKind: sk, jump: -1, target: t, source: s)
            let index = compiled.count
            switch ins.opcode {
            case .lpb:
                open.append(index)
                if !(sk == .small && s == 1) { region = true }
            case .lpe:
                guard let begin = open.popLast() else {
                    throw .unmatchedLoopEnd(ins.location)
                }
                c.jump = Int32(begin)
                compiled[begin].jump = Int32(index)
            default:
                break
            }
            let writable = tk == .direct && t < CompiledProgram.denseLimit && (limits.maxMemory < 0 || t <= limits.maxMemory)
            let readable = sk == .small || (sk == .direct && s < CompiledProgram.denseLimit)
            c.form = CompiledProgram.form(ins.opcode, fast: writable && readable, constant: sk == .small)
            compiled.append(c)
            if hasComments { source.append(ins) }
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
        self.sourceInstructions = hasComments ? source : program.instructions
        self.baseUsed = highest + 1
        code = .allocate(capacity: max(compiled.count, 1))
        _ = code.initialize(from: compiled)
    }

    deinit { code.deallocate() }

    static func form(_ op: Opcode, fast: Bool, constant: Bool) -> Form {
        switch op.info.kind {
        case .arithmetic:
            guard fast else { return .slow }
            switch op {
            case .mov: return constant ? .movC : .movD
            case .add: return constant ? .addC : .addD
            case .sub: return constant ? .subC : .subD
            case .mul: return constant ? .mulC : .mulD
            case .div: return constant ? .divC : .divD
            case .mod: return constant ? .modC : .modD
            default: return constant ? .arithC : .arithD
            }
        case .loopBegin: return .lpb
        case .loopEnd: return .lpe
        case .region: return .region
        case .seq: return .seq
        case .prg: return .prg
        case .debug: return .dbg
        case .nop: return .nop
        }
    }

    public var count: Int { sourceInstructions.count }
}
