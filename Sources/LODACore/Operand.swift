import LODANumber

/// An operand as written: a constant, a cell `$n`, or a cell through a pointer `$$n`.
///
/// Indices are kept as written (they may be huge); whether they are usable is
/// decided when the program runs, as in the reference.
public enum Operand: Hashable, Sendable {
    case constant(Number)
    case direct(Number)
    case indirect(Number)

    public static func cell(_ index: Int) -> Operand { .direct(Number(index)) }
    public static func value(_ v: Int) -> Operand { .constant(Number(v)) }

    public var isConstant: Bool {
        if case .constant = self { return true }
        return false
    }

    /// The literal number in the operand (constant value or cell index).
    public var number: Number {
        switch self {
        case .constant(let n), .direct(let n), .indirect(let n): return n
        }
    }

    /// How the operand reaches its value.
    public var mode: OperandMode {
        switch self {
        case .constant: .constant
        case .direct: .direct
        case .indirect: .indirect
        }
    }

    /// The operand of this mode and number.
    public init(_ mode: OperandMode, _ number: Number) {
        switch mode {
        case .constant: self = .constant(number)
        case .direct: self = .direct(number)
        case .indirect: self = .indirect(number)
        }
    }
}
