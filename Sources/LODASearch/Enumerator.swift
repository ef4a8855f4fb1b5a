import LODACore
import LODANumber

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
