import LODACore
import LODANumber

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
