import LODANumber

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
