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

/// Where something stands in a program's source text (1-based).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// One instruction, with its trailing comment. Stand-alone comment lines are `nop`
/// instructions that carry a comment, as in the reference.
public struct Instruction: Sendable {
    public var opcode: Opcode
    public var target: Operand
    public var source: Operand
    public var comment: String?
    /// Where the instruction was parsed from; not part of equality.
    public var location: SourceLocation?

    public init(
        _ opcode: Opcode, _ target: Operand = .value(0), _ source: Operand = .value(0),
        comment: String? = nil, location: SourceLocation? = nil
    ) {
        self.opcode = opcode
        self.target = target
        self.source = source
        self.comment = comment
        self.location = location
    }

    /// A stand-alone comment line.
    public static func commentLine(_ text: String) -> Instruction {
        Instruction(.nop, comment: text)
    }

    public var isCommentLine: Bool { opcode == .nop }
}

extension Instruction: Equatable, Hashable {
    public static func == (a: Instruction, b: Instruction) -> Bool {
        a.opcode == b.opcode && a.target == b.target && a.source == b.source && a.comment == b.comment
    }
    public func hash(into h: inout Hasher) {
        h.combine(opcode)
        h.combine(target)
        h.combine(source)
        h.combine(comment)
    }
}
