import LODACore
import LODANumber

/// A deterministic random source (SplitMix64): the same seed gives the same candidates.
/// A seed is spread over the state first, so that nearby seeds start far apart.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    var generator: SplitMix64
    public init(seed: UInt64) { generator = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
    @inline(__always)
    public mutating func next() -> UInt64 { generator.next() }
}

/// Where candidates come from. Generators are seeded and replayable. They produce
/// compact code, which the miner hashes and compiles without building a `Program`.
public protocol ProgramGenerator {
    var name: String { get }
    mutating func nextCode(_ rng: inout SeededRandom) -> [CompactInstruction]
}

extension ProgramGenerator {
    /// The next candidate as a program.
    public mutating func next(_ rng: inout SeededRandom) -> Program { Program(compact: nextCode(&rng)) }
}

/// Operation and operand statistics, learned from a programs folder (or a default).
public struct ProgramStatistics: Sendable {
    /// Arithmetic opcodes with weights.
    public var opcodes: [(Opcode, Double)]
    /// Small constants with weights.
    public var constants: [(Int, Double)]
    /// Probability that a source operand is a constant.
    public var constantShare: Double
    /// Program lengths (instructions) with weights.
    public var lengths: [(Int, Double)]
    /// Share of programs with a loop.
    public var loopShare: Double

    public static let standard = ProgramStatistics(
        opcodes: [
            (.mov, 20), (.add, 18), (.sub, 12), (.mul, 12), (.div, 8), (.pow, 4), (.bin, 3), (.mod, 3), (.gcd, 2),
            (.equ, 1), (.max, 1), (.min, 1), (.trn, 1), (.dif, 1), (.fac, 1), (.nrt, 1), (.dgs, 0.5), (.log, 0.5)
        ],
        constants: [(1, 30), (2, 20), (-1, 10), (3, 8), (4, 4), (0, 3), (5, 3), (-2, 3), (6, 2), (7, 1), (8, 1), (10, 1)],
        constantShare: 0.45, lengths: [(2, 2), (3, 4), (4, 5), (5, 5), (6, 4), (7, 3), (8, 2), (10, 1)], loopShare: 0.7)

    /// Counts opcodes, constants and lengths in `programs` (falls back to the defaults where empty).
    public static func learn(from programs: [Program]) -> ProgramStatistics {
        guard !programs.isEmpty else { return .standard }
        var ops: [Opcode: Double] = [:], consts: [Int: Double] = [:], lengths: [Int: Double] = [:]
        var constantSources = 0.0, sources = 0.0, loops = 0.0
        for p in programs {
            let code = p.code
            lengths[min(code.count, 14), default: 0] += 1
            if code.contains(where: { $0.opcode == .lpb }) { loops += 1 }
            for ins in code where ins.opcode.kind == .arithmetic {
                ops[ins.opcode, default: 0] += 1
                sources += 1
                if case .constant(let n) = ins.source, let v = n.intValue, abs(v) <= 100 {
                    constantSources += 1
                    consts[v, default: 0] += 1
                }
            }
        }
        var s = ProgramStatistics.standard
        if !ops.isEmpty { s.opcodes = ops.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) } }
        if !consts.isEmpty { s.constants = consts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        s.lengths = lengths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        s.constantShare = sources > 0 ? constantSources / sources : s.constantShare
        s.loopShare = loops / Double(programs.count)
        return s
    }
}

/// A weighted choice, with cumulative weights computed once.
struct WeightedTable<T> {
    let values: [T]
    let cumulative: [Double]

    init(_ weighted: [(T, Double)]) {
        values = weighted.map(\.0)
        var sum = 0.0
        cumulative = weighted.map {
            sum += $0.1; return sum
        }
    }

    /// A value drawn with probability proportional to its weight.
    func pick(_ rng: inout SeededRandom) -> T {
        let r = Double(rng.next() % 1_000_000) / 1_000_000 * (cumulative.last ?? 0)
        // the first value whose cumulative weight exceeds r
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return values[lo]
    }
}

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

/// Small programs in order of size, over a fixed alphabet of instructions, skipping
/// no-ops (`add $x,0`, `mul $x,1`, `mov $x,$x`, ...) and programs whose last write
/// is never read. Each program is a prefix, a loop on `$0` with a body, and a suffix.
public struct Enumerator: ProgramGenerator {
    public static let opcodes: [Opcode] = [.mov, .add, .sub, .mul, .div, .mod, .pow, .bin, .gcd, .trn, .dif, .min, .max, .equ]
    public static let alphabet: [CompactInstruction] = {
        var out: [CompactInstruction] = []
        let sources: [(OperandMode, Int)] = [(.direct, 0), (.direct, 1), (.direct, 2), (.constant, 1), (.constant, 2), (.constant, 3), (.constant, -1)]
        for op in opcodes {
            for t in 0...2 {
                for (mode, s) in sources {
                    let ins = CompactInstruction(op, .direct, t, mode, s)
                    if !isNoOp(ins) { out.append(ins) }
                }
            }
        }
        return out
    }()

    static func isNoOp(_ ins: CompactInstruction) -> Bool {
        if ins.sourceMode == ins.targetMode && ins.source == ins.target && [.mov, .min, .max, .gcd].contains(ins.opcode) { return true }
        guard ins.sourceMode == .constant else { return false }
        switch (ins.opcode, ins.source) {
        case (.add, 0), (.sub, 0), (.mul, 1), (.div, 1), (.pow, 1), (.dif, 1), (.trn, 0):
            return true
        default:
            return false
        }
    }

    /// Position in the enumeration; a seed starts it elsewhere.
    public var counter: UInt64
    public init(start: UInt64 = 0) { counter = start }
    public var name: String { "enumerative" }

    public mutating func nextCode(_ rng: inout SeededRandom) -> [CompactInstruction] {
        while true {
            let p = Enumerator.program(counter)
            counter &+= 1
            if let p, Enumerator.isCanonical(p) { return p }
        }
    }

    /// Program number k: sizes grow with k. Layout: prefix (0-1), loop body (1-2), suffix (0-1).
    static func program(_ k: UInt64) -> [CompactInstruction]? {
        let a = UInt64(alphabet.count)
        var k = k
        // shapes in order of size: straight 1, straight 2, loop(1), loop(1)+suffix, prefix+loop(1), loop(2), ...
        let shapes: [(prefix: Int, body: Int, suffix: Int, loop: Bool)] = [
            (0, 1, 0, false), (0, 2, 0, false), (0, 1, 0, true), (0, 1, 1, true), (1, 1, 0, true),
            (0, 2, 0, true), (1, 1, 1, true), (1, 2, 0, true), (0, 2, 1, true), (1, 2, 1, true)
        ]
        for shape in shapes {
            let n = shape.prefix + shape.body + shape.suffix
            var count: UInt64 = 1
            for _ in 0..<n { count = count.multipliedReportingOverflow(by: a).partialValue }
            if k < count {
                var digits: [CompactInstruction] = []
                var x = k
                for _ in 0..<n {
                    digits.append(alphabet[Int(x % a)])
                    x /= a
                }
                var code = Array(digits[0..<shape.prefix])
                if shape.loop { code += [.cell(.lpb, 0, constant: 1), .cell(.sub, 0, constant: 1)] }
                code += digits[shape.prefix..<(shape.prefix + shape.body)]
                if shape.loop { code.append(CompactInstruction(.lpe)) }
                code += digits[(shape.prefix + shape.body)...]
                return code
            }
            k -= count
        }
        return nil
    }

    /// No adjacent identical instructions, and every written cell is read later or is $0.
    static func isCanonical(_ code: [CompactInstruction]) -> Bool {
        for (x, y) in zip(code, code.dropFirst()) where x == y && x.opcode != .lpe { return false }
        for (i, ins) in code.enumerated() where ins.opcode.info.writesTarget && !(ins.targetMode == .direct && ins.target == 0) {
            func names(_ mode: OperandMode, _ v: Int) -> Bool { mode == ins.targetMode && v == ins.target }
            let laterReads = code[(i + 1)...].contains { names($0.sourceMode, $0.source) || (names($0.targetMode, $0.target) && $0.opcode.info.readsTarget) }
            let inLoop = code[..<i].contains { $0.opcode == .lpb } && code[(i + 1)...].contains { $0.opcode == .lpe }
            if !laterReads && !inLoop { return false }
        }
        return true
    }
}
