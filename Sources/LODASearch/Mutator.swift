import LODACore
import LODANumber

/// Mutates known programs: change an operation, an operand or a constant; insert,
/// delete, swap or copy an instruction; wrap code in a loop or unwrap one; insert a
/// `seq` call to a known sequence. The result always has balanced loops.
public struct Mutator: ProgramGenerator {
    /// Code to start from (recent finds are added at the front by the miner); programs
    /// with operands beyond `Int` are left out.
    public var sources: [[CompactInstruction]]
    /// Sequences with a program, callable through `seq`.
    public var callable: [Int]
    public let statistics: ProgramStatistics
    let random: StatisticalGenerator
    public var maxLength = 40
    /// Sources not yet optimized (the programs folder's, which may carry dead code): each is
    /// optimized the first time it is picked, so that mutants do not inherit its bloat.
    var unoptimized: Set<Int>
    let optimizer = Optimizer(mode: .relaxed)
    public init(sources: [Program], callable: [Int], statistics: ProgramStatistics) {
        self.sources = sources.compactMap(\.compactCode)
        unoptimized = Set(self.sources.indices)
        self.callable = callable
        self.statistics = statistics
        random = StatisticalGenerator(statistics: statistics)
    }
    public var name: String { "mutational" }

    public mutating func nextCode(_ rng: inout SeededRandom) -> [CompactInstruction] {
        guard !sources.isEmpty else {
            var fallback = random
            return fallback.nextCode(&rng)
        }
        // favour the front of the list (recent finds): half of the picks come from the newest 32
        let n = sources.count
        let i = rng.next() % 2 == 0 ? Int(rng.next() % UInt64(min(n, 32))) : Int(rng.next() % UInt64(n))
        // (indices count from the end: recent finds, already minimized, are inserted at the front)
        if unoptimized.remove(n - 1 - i) != nil, let optimized = optimizer.optimize(Program(compact: sources[i])).compactCode {
            sources[i] = optimized
        }
        var code = sources[i]
        let rounds = 1 + Int(rng.next() % 3)
        for _ in 0..<rounds { mutate(&code, &rng) }
        return code
    }

    /// A uniformly chosen index of an instruction satisfying `include` (nil when none does),
    /// without building a list of them.
    static func randomIndex(
        _ code: [CompactInstruction], _ rng: inout SeededRandom,
        where include: (CompactInstruction) -> Bool
    ) -> Int? {
        var count = 0
        for ins in code where include(ins) { count += 1 }
        guard count > 0 else { return nil }
        var k = Int(rng.next() % UInt64(count))
        for i in code.indices where include(code[i]) {
            if k == 0 { return i }
            k -= 1
        }
        return nil
    }

    /// Applies one random mutation to `code`.
    public func mutate(_ code: inout [CompactInstruction], _ rng: inout SeededRandom) {
        // (the cell range reads the whole program: only the cases that need it compute it)
        func cells() -> Int { max(2, min(8, (code.highestCell ?? 3) + 2)) }
        func insertionPoint() -> Int { code.isEmpty ? 0 : Int(rng.next() % UInt64(code.count + 1)) }
        let arithmetic: (CompactInstruction) -> Bool = { $0.opcode.kind == .arithmetic }
        switch rng.next() % 10 {
        case 0, 1:  // change a constant
            if let i = Mutator.randomIndex(code, &rng, where: { $0.sourceMode == .constant && $0.opcode.kind == .arithmetic }) {
                let delta: Int
                switch rng.next() % 5 {
                case 0: delta = -2
                case 1: delta = -1
                case 2: delta = 1
                case 3: delta = 2
                default: delta = Int(rng.next() % 10)
                }
                code[i].source = rng.next() % 4 == 0 ? random.constant(&rng) : code[i].source &+ delta
            }
        case 2:  // change an operation
            if let i = Mutator.randomIndex(code, &rng, where: arithmetic) { code[i].opcode = random.opcode(&rng) }
        case 3:  // change an operand
            if let i = Mutator.randomIndex(code, &rng, where: arithmetic) {
                let c = cells()
                if rng.next() % 2 == 0 {
                    code[i].targetMode = .direct
                    code[i].target = Int(rng.next() % UInt64(c))
                } else if rng.next() % 2 == 0 {
                    code[i].sourceMode = .direct
                    code[i].source = Int(rng.next() % UInt64(c))
                } else {
                    code[i].sourceMode = .constant
                    code[i].source = random.constant(&rng)
                }
            }
        case 4:  // insert an instruction
            if code.count < maxLength { code.insert(random.instruction(&rng), at: insertionPoint()) }
        case 5:  // delete an instruction (a loop's lpb/lpe only as a pair)
            if let i = Mutator.randomIndex(code, &rng, where: { $0.opcode != .lpb && $0.opcode != .lpe }) { code.remove(at: i) }
        case 6:  // swap two neighbours / copy an instruction
            if code.count >= 2 {
                let i = Int(rng.next() % UInt64(code.count - 1))
                if rng.next() % 2 == 0 {
                    if arithmetic(code[i]) && arithmetic(code[i + 1]) { code.swapAt(i, i + 1) }
                } else if arithmetic(code[i]) && code.count < maxLength {
                    code.insert(code[i], at: Int(rng.next() % UInt64(code.count + 1)))
                }
            }
        case 7:  // wrap a range in a loop counting a cell down
            if code.count < maxLength - 3 {
                let start = code.isEmpty ? 0 : Int(rng.next() % UInt64(code.count))
                let end = min(start + Int(rng.next() % UInt64(max(1, code.count - start) + 1)), code.count)
                let c = Int(rng.next() % UInt64(cells()))
                if Mutator.loopsBalanced(code[start..<end]) {
                    code.insert(CompactInstruction(.lpe), at: end)
                    code.insert(.cell(.sub, c, constant: 1), at: start)
                    code.insert(.cell(.lpb, c, constant: 1), at: start)
                }
            }
        case 8:  // unwrap a loop
            if let b = Mutator.randomIndex(code, &rng, where: { $0.opcode == .lpb }), let e = Mutator.matchingEnd(code, b) {
                code.remove(at: e)
                code.remove(at: b)
            }
        default:  // call a known sequence
            if !callable.isEmpty, code.count < maxLength {
                let id = callable[Int(rng.next() % UInt64(callable.count))]
                let c = Int(rng.next() % UInt64(cells()))
                code.insert(.cell(.seq, c, constant: id), at: insertionPoint())
            }
        }
    }

    static func loopsBalanced(_ code: ArraySlice<CompactInstruction>) -> Bool {
        var depth = 0
        for ins in code {
            if ins.opcode == .lpb { depth += 1 }
            if ins.opcode == .lpe { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    static func matchingEnd(_ code: [CompactInstruction], _ begin: Int) -> Int? {
        var depth = 0
        for i in begin..<code.count {
            if code[i].opcode == .lpb { depth += 1 }
            if code[i].opcode == .lpe { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}
