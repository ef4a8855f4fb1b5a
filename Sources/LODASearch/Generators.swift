import LODACore
import LODANumber

/// A deterministic random source (SplitMix64): the same seed gives the same candidates.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Where candidates come from. Generators are seeded and replayable.
public protocol ProgramGenerator {
    var name: String { get }
    mutating func next(_ rng: inout SeededRandom) -> Program
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
        opcodes: [(.mov, 20), (.add, 18), (.sub, 12), (.mul, 12), (.div, 8), (.pow, 4), (.bin, 3), (.mod, 3), (.gcd, 2),
                  (.equ, 1), (.max, 1), (.min, 1), (.trn, 1), (.dif, 1), (.fac, 1), (.nrt, 1), (.dgs, 0.5), (.log, 0.5)],
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
            for ins in code where ins.opcode.info.kind == .arithmetic {
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

func pick<T>(_ weighted: [(T, Double)], _ rng: inout SeededRandom) -> T {
    let total = weighted.reduce(0) { $0 + $1.1 }
    var r = Double(rng.next() % 1_000_000) / 1_000_000 * total
    for (v, w) in weighted {
        r -= w
        if r < 0 { return v }
    }
    return weighted[weighted.count - 1].0
}

/// Random programs drawn from operation, operand and length statistics.
public struct StatisticalGenerator: ProgramGenerator {
    public var statistics: ProgramStatistics
    public var cells = 4
    public init(statistics: ProgramStatistics) { self.statistics = statistics }
    public var name: String { "statistical" }

    public func instruction(_ rng: inout SeededRandom) -> Instruction {
        let op = pick(statistics.opcodes, &rng)
        let target = Operand.cell(Int(rng.next() % UInt64(cells)))
        let constant = Double(rng.next() % 1000) / 1000 < statistics.constantShare
        let source: Operand = constant ? .value(pick(statistics.constants, &rng)) : .cell(Int(rng.next() % UInt64(cells)))
        return Instruction(op, target, source)
    }

    public mutating func next(_ rng: inout SeededRandom) -> Program {
        let length = max(1, pick(statistics.lengths, &rng))
        var code = (0..<length).map { _ in instruction(&rng) }
        if Double(rng.next() % 1000) / 1000 < statistics.loopShare && code.count >= 2 {
            // a counted loop over part of the code: lpb $c ... sub $c,1 ... lpe
            let c = Int(rng.next() % UInt64(cells))
            let start = Int(rng.next() % UInt64(code.count))
            let end = start + 1 + Int(rng.next() % UInt64(code.count - start))
            code.insert(Instruction(.lpe), at: end)
            code.insert(Instruction(.sub, .cell(c), .value(1)), at: start)
            code.insert(Instruction(.lpb, .cell(c), .value(1)), at: start)
            if c != 0 && rng.next() % 2 == 0 { code.insert(Instruction(.mov, .cell(c), .cell(0)), at: 0) }
        }
        return Program(code)
    }
}

/// Small programs in order of size, over a fixed alphabet of instructions, skipping
/// no-ops (`add $x,0`, `mul $x,1`, `mov $x,$x`, ...) and programs whose last write
/// is never read. Each program is a prefix, a loop on `$0` with a body, and a suffix.
public struct Enumerator: ProgramGenerator {
    public static let opcodes: [Opcode] = [.mov, .add, .sub, .mul, .div, .mod, .pow, .bin, .gcd, .trn, .dif, .min, .max, .equ]
    public static let alphabet: [Instruction] = {
        var out: [Instruction] = []
        let sources: [Operand] = [.cell(0), .cell(1), .cell(2), .value(1), .value(2), .value(3), .value(-1)]
        for op in opcodes {
            for t in 0...2 {
                for s in sources {
                    let ins = Instruction(op, .cell(t), s)
                    if !isNoOp(ins) { out.append(ins) }
                }
            }
        }
        return out
    }()

    static func isNoOp(_ ins: Instruction) -> Bool {
        if ins.source == ins.target && [.mov, .min, .max, .gcd].contains(ins.opcode) { return true }
        switch (ins.opcode, ins.source) {
        case (.add, .value(0)), (.sub, .value(0)), (.mul, .value(1)), (.div, .value(1)), (.pow, .value(1)), (.dif, .value(1)), (.trn, .value(0)):
            return true
        default:
            return false
        }
    }

    /// Position in the enumeration; a seed starts it elsewhere.
    public var counter: UInt64
    public init(start: UInt64 = 0) { counter = start }
    public var name: String { "enumerative" }

    public mutating func next(_ rng: inout SeededRandom) -> Program {
        while true {
            let p = Enumerator.program(counter)
            counter &+= 1
            if let p, Enumerator.isCanonical(p) { return p }
        }
    }

    /// Program number k: sizes grow with k. Layout: prefix (0-1), loop body (1-2), suffix (0-1).
    static func program(_ k: UInt64) -> Program? {
        let a = UInt64(alphabet.count)
        var k = k
        // shapes in order of size: straight 1, straight 2, loop(1), loop(1)+suffix, prefix+loop(1), loop(2), ...
        let shapes: [(prefix: Int, body: Int, suffix: Int, loop: Bool)] = [
            (0, 1, 0, false), (0, 2, 0, false), (0, 1, 0, true), (0, 1, 1, true), (1, 1, 0, true),
            (0, 2, 0, true), (1, 1, 1, true), (1, 2, 0, true), (0, 2, 1, true), (1, 2, 1, true),
        ]
        for shape in shapes {
            let n = shape.prefix + shape.body + shape.suffix
            var count: UInt64 = 1
            for _ in 0..<n { count = count.multipliedReportingOverflow(by: a).partialValue }
            if k < count {
                var digits: [Instruction] = []
                var x = k
                for _ in 0..<n {
                    digits.append(alphabet[Int(x % a)])
                    x /= a
                }
                var code = Array(digits[0..<shape.prefix])
                if shape.loop { code += [Instruction(.lpb, .cell(0), .value(1)), Instruction(.sub, .cell(0), .value(1))] }
                code += digits[shape.prefix..<(shape.prefix + shape.body)]
                if shape.loop { code.append(Instruction(.lpe)) }
                code += digits[(shape.prefix + shape.body)...]
                return Program(code)
            }
            k -= count
        }
        return nil
    }

    /// No adjacent identical instructions, and every written cell is read later or is $0.
    static func isCanonical(_ p: Program) -> Bool {
        let code = p.code
        for (x, y) in zip(code, code.dropFirst()) where x == y && x.opcode != .lpe { return false }
        for (i, ins) in code.enumerated() where ins.opcode.info.writesTarget && ins.target != .cell(0) {
            let laterReads = code[(i + 1)...].contains { $0.source == ins.target || ($0.target == ins.target && $0.opcode.info.readsTarget) }
            let inLoop = code[..<i].contains { $0.opcode == .lpb } && code[(i + 1)...].contains { $0.opcode == .lpe }
            if !laterReads && !inLoop { return false }
        }
        return true
    }
}
