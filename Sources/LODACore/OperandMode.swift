import LODANumber

/// How an operand reaches its value: a constant, a cell `$n`, or a cell through a pointer `$$n`.
public enum OperandMode: UInt8, Hashable, Sendable {
    case constant, direct, indirect
}
