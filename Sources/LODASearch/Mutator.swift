import LODACore
import LODANumber

/// Mutates known programs: change an operation, an operand or a constant; insert,
/// delete, swap or copy an instruction; wrap code in a loop or unwrap one; insert a
/// `seq` call to a known sequence. The result always has balanced loops.
public struct Mutator: ProgramGenerator {
    /// Programs to start from (recent finds are added at the front by the miner).
    public var sources: [Program]
    /// Sequences with a program, callable through `seq`.
    public var callable: [Int]
    public var statistics: ProgramStatistics
    public var maxLength = 40
    public init(sources: [Program], callable: [Int], statistics: ProgramStatistics) {
        // without their comment lines, so that each mutation copies only code
        self.sources = sources.map { Program($0.code) }
        self.callable = callable
        self.statistics = statistics
    }
    public var name: String { "mutational" }

    public mutating func next(_ rng: inout SeededRandom) -> Program {
        guard !sources.isEmpty else {
            var fallback = StatisticalGenerator(statistics: statistics)
            return fallback.next(&rng)
        }
        // favour the front of the list (recent finds): half of the picks come from the newest 32
        let n = sources.count
        let i = rng.next() % 2 == 0 ? Int(rng.next() % UInt64(min(n, 32))) : Int(rng.next() % UInt64(n))
        var p = Program(sources[i].code)
        let rounds = 1 + Int(rng.next() % 3)
        for _ in 0..<rounds { p = mutate(p, &rng) }
        return p
    }

    public func mutate(_ program: Program, _ rng: inout SeededRandom) -> Program {
        var code = program.code
        // (the cell range reads the whole program: only the cases that need it compute it)
        var cells: Int { max(2, min(8, (program.highestCell ?? 3) + 2)) }
        func randomIndex() -> Int { code.isEmpty ? 0 : Int(rng.next() % UInt64(code.count)) }
        switch rng.next() % 10 {
        case 0, 1:  // change a constant
            let candidates = code.indices.filter { if case .constant = code[$0].source { return code[$0].opcode.info.kind == .arithmetic }; return false }
            if let i = candidates.randomElement(using: &rng), let v = code[i].source.number.intValue {
                let delta = [-2, -1, 1, 2, Int(rng.next() % 10)].randomElement(using: &rng)!
                code[i].source = .value(rng.next() % 4 == 0 ? pick(statistics.constants, &rng) : v &+ delta)
            }
        case 2:  // change an operation
            let candidates = code.indices.filter { code[$0].opcode.info.kind == .arithmetic }
            if let i = candidates.randomElement(using: &rng) { code[i].opcode = pick(statistics.opcodes, &rng) }
        case 3:  // change an operand
            let candidates = code.indices.filter { code[$0].opcode.info.kind == .arithmetic }
            if let i = candidates.randomElement(using: &rng) {
                if rng.next() % 2 == 0 {
                    code[i].target = .cell(Int(rng.next() % UInt64(cells)))
                } else {
                    code[i].source = rng.next() % 2 == 0 ? .cell(Int(rng.next() % UInt64(cells))) : .value(pick(statistics.constants, &rng))
                }
            }
        case 4:  // insert an instruction
            if code.count < maxLength { code.insert(StatisticalGenerator(statistics: statistics).instruction(&rng), at: code.isEmpty ? 0 : Int(rng.next() % UInt64(code.count + 1))) }
        case 5:  // delete an instruction (a loop's lpb/lpe only as a pair)
            let candidates = code.indices.filter { code[$0].opcode.info.kind != .loopBegin && code[$0].opcode.info.kind != .loopEnd }
            if let i = candidates.randomElement(using: &rng) { code.remove(at: i) }
        case 6:  // swap two neighbours / copy an instruction
            if code.count >= 2 {
                let i = Int(rng.next() % UInt64(code.count - 1))
                if rng.next() % 2 == 0 {
                    if code[i].opcode.info.kind == .arithmetic && code[i + 1].opcode.info.kind == .arithmetic { code.swapAt(i, i + 1) }
                } else if code[i].opcode.info.kind == .arithmetic && code.count < maxLength {
                    code.insert(code[i], at: Int(rng.next() % UInt64(code.count + 1)))
                }
            }
        case 7:  // wrap a range in a loop counting a cell down
            if code.count < maxLength - 3 {
                let start = randomIndex()
                let end = start + Int(rng.next() % UInt64(max(1, code.count - start) + 1))
                let c = Int(rng.next() % UInt64(cells))
                if loopsBalanced(Array(code[start..<min(end, code.count)])) {
                    code.insert(Instruction(.lpe), at: min(end, code.count))
                    code.insert(Instruction(.sub, .cell(c), .value(1)), at: start)
                    code.insert(Instruction(.lpb, .cell(c), .value(1)), at: start)
                }
            }
        case 8:  // unwrap a loop
            if let b = code.indices.filter({ code[$0].opcode == .lpb }).randomElement(using: &rng), let e = matchingEnd(code, b) {
                code.remove(at: e)
                code.remove(at: b)
            }
        default:  // call a known sequence
            if let id = callable.randomElement(using: &rng), code.count < maxLength {
                let c = Int(rng.next() % UInt64(cells))
                code.insert(Instruction(.seq, .cell(c), .value(id)), at: code.isEmpty ? 0 : Int(rng.next() % UInt64(code.count + 1)))
            }
        }
        return Program(code)
    }

    func loopsBalanced(_ code: [Instruction]) -> Bool {
        var depth = 0
        for ins in code {
            if ins.opcode == .lpb { depth += 1 }
            if ins.opcode == .lpe { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    func matchingEnd(_ code: [Instruction], _ begin: Int) -> Int? {
        var depth = 0
        for i in begin..<code.count {
            if code[i].opcode == .lpb { depth += 1 }
            if code[i].opcode == .lpe { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}
