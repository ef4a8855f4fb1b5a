import LODACore
import LODANumber

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
