import LODACore
import LODANumber

/// How an operand is reached, decided once before the program runs.
@usableFromInline
enum OperandKind: UInt8 {
    case direct  // cell `value`
    case indirect  // cell whose index is in cell `value`
    case small  // constant `value`
    case big  // constant `constants[value]`, within the magnitude limit
    case infinite  // constant `constants[value]` at or beyond 2^3840 (INF when used)
    case hugeIndex  // `$n`/`$$n` with n beyond Int64: "Integer overflow" when used
}
