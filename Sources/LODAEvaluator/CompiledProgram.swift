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

/// One pre-decoded instruction: 32 bytes, no references.
@usableFromInline
struct CompiledInstruction {
    @usableFromInline var op: Opcode
    @usableFromInline var targetKind: OperandKind
    @usableFromInline var sourceKind: OperandKind
    /// Target is a direct cell that an arithmetic write may use without further checks,
    /// and the source is a small constant or a direct cell inside the dense memory.
    @usableFromInline var fast: Bool
    /// For `lpe`: index of its `lpb`. For `lpb`: index of its `lpe` (or -1).
    @usableFromInline var jump: Int32
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
            var c = CompiledInstruction(op: ins.opcode, targetKind: tk, sourceKind: sk, fast: false, jump: -1, target: t, source: s)
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
            c.fast = writable && readable && ins.opcode.info.kind == .arithmetic
            compiled.append(c)
            source.append(ins)
        }
        self.regionMode = region
        self.constants = constants
        self.sourceInstructions = source
        self.baseUsed = highest + 1
        code = .allocate(capacity: max(compiled.count, 1))
        _ = code.initialize(from: compiled)
    }

    deinit { code.deallocate() }

    public var count: Int { sourceInstructions.count }
}
