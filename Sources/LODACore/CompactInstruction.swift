import LODANumber

/// An instruction without comment or source location whose operands fit in `Int`: the
/// form in which the miner generates, hashes and compiles candidates by the million.
/// It holds no references, so copying a program of them is a plain memory copy.
public struct CompactInstruction: Hashable, Sendable {
    public var opcode: Opcode
    public var targetMode: OperandMode
    public var sourceMode: OperandMode
    public var target: Int
    public var source: Int

    public init(
        _ opcode: Opcode, _ targetMode: OperandMode = .constant, _ target: Int = 0,
        _ sourceMode: OperandMode = .constant, _ source: Int = 0
    ) {
        self.opcode = opcode
        self.targetMode = targetMode
        self.sourceMode = sourceMode
        self.target = target
        self.source = source
    }

    /// `op $target,value`
    public static func cell(_ opcode: Opcode, _ target: Int, constant: Int) -> CompactInstruction {
        CompactInstruction(opcode, .direct, target, .constant, constant)
    }

    /// `op $target,$source`
    public static func cell(_ opcode: Opcode, _ target: Int, cell source: Int) -> CompactInstruction {
        CompactInstruction(opcode, .direct, target, .direct, source)
    }

    /// The instruction's compact form; nil for comment lines and operands beyond `Int`.
    public init?(_ instruction: Instruction) {
        guard instruction.opcode != .nop, let t = instruction.target.number.intValue,
            let s = instruction.source.number.intValue
        else { return nil }
        self.init(instruction.opcode, instruction.target.mode, t, instruction.source.mode, s)
    }

    public var targetOperand: Operand { Operand(targetMode, Number(target)) }
    public var sourceOperand: Operand { Operand(sourceMode, Number(source)) }

    public var instruction: Instruction { Instruction(opcode, targetOperand, sourceOperand) }
}

extension Program {
    /// A program of these instructions (no comments, offset 0).
    public init(compact code: [CompactInstruction]) {
        self.init(code.map(\.instruction))
    }

    /// The executable code in compact form; nil when an operand does not fit in `Int`.
    public var compactCode: [CompactInstruction]? {
        var out: [CompactInstruction] = []
        out.reserveCapacity(instructions.count)
        for ins in instructions where ins.opcode != .nop {
            guard let c = CompactInstruction(ins) else { return nil }
            out.append(c)
        }
        return out
    }
}

extension Array where Element == CompactInstruction {
    /// The highest cell the code can touch, or nil when that is not known statically
    /// (as `Program.highestCell`).
    public var highestCell: Int? {
        Program.highestCell(lazy.map { ($0.opcode, $0.targetMode, $0.target as Int?, $0.sourceMode, $0.source as Int?) })
    }
}
