import LODACore
import LODANumber

/// Random programs drawn from operation, operand and length statistics.
public struct StatisticalGenerator: ProgramGenerator {
    public let statistics: ProgramStatistics
    public var cells = 4
    let opcodes: WeightedTable<Opcode>
    let constants: WeightedTable<Int>
    let lengths: WeightedTable<Int>

    public init(statistics: ProgramStatistics) {
        self.statistics = statistics
        opcodes = WeightedTable(statistics.opcodes)
        constants = WeightedTable(statistics.constants)
        lengths = WeightedTable(statistics.lengths)
    }
    public var name: String { "statistical" }

    public func instruction(_ rng: inout SeededRandom) -> CompactInstruction {
        let op = opcodes.pick(&rng)
        let target = Int(rng.next() % UInt64(cells))
        let constant = Double(rng.next() % 1000) / 1000 < statistics.constantShare
        return constant ? .cell(op, target, constant: constants.pick(&rng)) : .cell(op, target, cell: Int(rng.next() % UInt64(cells)))
    }

    public func constant(_ rng: inout SeededRandom) -> Int { constants.pick(&rng) }
    public func opcode(_ rng: inout SeededRandom) -> Opcode { opcodes.pick(&rng) }

    public mutating func nextCode(_ rng: inout SeededRandom) -> [CompactInstruction] {
        let length = max(1, lengths.pick(&rng))
        var code: [CompactInstruction] = []
        code.reserveCapacity(length + 4)
        for _ in 0..<length { code.append(instruction(&rng)) }
        if Double(rng.next() % 1000) / 1000 < statistics.loopShare && code.count >= 2 {
            // a counted loop over part of the code: lpb $c ... sub $c,1 ... lpe
            let c = Int(rng.next() % UInt64(cells))
            let start = Int(rng.next() % UInt64(code.count))
            let end = start + 1 + Int(rng.next() % UInt64(code.count - start))
            code.insert(CompactInstruction(.lpe), at: end)
            code.insert(.cell(.sub, c, constant: 1), at: start)
            code.insert(.cell(.lpb, c, constant: 1), at: start)
            if c != 0 && rng.next() % 2 == 0 { code.insert(.cell(.mov, c, cell: 0), at: 0) }
        }
        return code
    }
}
