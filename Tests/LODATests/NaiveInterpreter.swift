import LODACore
import LODAEvaluator
import LODANumber

/// A deliberately simple interpreter written from the spec for differential tests:
/// memory is a dictionary, every loop iteration copies all of it, operands are
/// resolved on every step. It knows nothing of the real evaluator's fast paths,
/// compiled form, snapshots or limit tricks. (No seq/prg: the fuzzer avoids them.)
struct NaiveInterpreter {
    struct Failure: Error { var message: String }

    var maxSteps = 100_000_000
    var maxMemory = 2000
    var memory: [Int: Number] = [:]
    var steps = 0

    func get(_ i: Int) throws(Failure) -> Number {
        if i < 0 { throw Failure(message: "Memory access with negative index: \(i)") }
        return memory[i] ?? .zero
    }

    func index(_ n: Number) throws(Failure) -> Int {
        guard let i = n.intValue else { throw Failure(message: "Integer overflow") }
        return i
    }

    func value(_ o: Operand) throws(Failure) -> Number? {
        switch o {
        case .constant(let n): return n.isWithinLimit ? n : nil
        case .direct(let n): return try get(try index(n))
        case .indirect(let n): return try get(try index(try get(try index(n))))
        }
    }

    func address(_ o: Operand) throws(Failure) -> Int {
        switch o {
        case .constant: throw Failure(message: "Cannot get address of a constant")
        case .direct(let n): return try index(n)
        case .indirect(let n):
            let i = try index(try get(try index(n)))
            if i < 0 { throw Failure(message: "Memory access with negative index: \(i)") }
            return i
        }
    }

    mutating func set(_ o: Operand, _ v: Number?, _ text: String) throws(Failure) {
        if o.isConstant { throw Failure(message: "Cannot set value of a constant") }
        let i = try address(o)
        if maxMemory >= 0 && i > maxMemory { throw Failure(message: "Maximum memory exceeded: \(i); last operation: \(text)") }
        guard let v else { throw Failure(message: "Overflow in cell $\(i); last operation: \(text)") }
        memory[i] = v
    }

    func regionValues(_ lpb: Instruction, limit: Int?) throws(Failure) -> [Number] {
        let start = try address(lpb.target)
        guard let lenValue = try value(lpb.source) else { throw Failure(message: "Infinity error") }
        var len = try index(lenValue)
        if let limit { len = min(len, limit) }
        if limit == nil && maxMemory >= 0 && len > maxMemory { throw Failure(message: "Maximum memory exceeded: \(len)") }
        if len <= 0 { return [] }
        return try (0..<len).map { (k) throws(Failure) in try get(start + k) }
    }

    mutating func run(_ program: Program, input: Int) throws(Failure) -> Number {
        let code = program.code
        let region = code.contains { $0.opcode == .lpb && $0.source != .value(1) }
        memory = [0: Number(input)]
        steps = 0
        struct Frame { var pc: Int; var saved: [Int: Number]; var counter: Number?; var region: [Number] }
        var stack: [Frame] = []
        var pc = 0
        while pc < code.count {
            let ins = code[pc]
            let text = ins.formatted(infinityAware: true)
            var next = pc + 1
            switch ins.opcode.info.kind {
            case .arithmetic:
                let a = try value(ins.target)
                let b = try value(ins.source)
                var r: Number? = nil
                if let a, let b { r = Semantics.calc(ins.opcode.info.arithmetic!, a, b) }
                if ins.opcode == .mov, a != nil { r = b }
                try set(ins.target, r, text)
            case .loopBegin:
                if stack.count >= 100 { throw Failure(message: "Maximum stack size exceeded: 100") }
                if region {
                    stack.append(Frame(pc: pc, saved: memory, counter: nil, region: try regionValues(ins, limit: nil)))
                } else {
                    stack.append(Frame(pc: pc, saved: memory, counter: try value(ins.target), region: []))
                }
            case .loopEnd:
                var frame = stack.removeLast()
                let lpb = code[frame.pc]
                var again = false
                if region {
                    let now = try regionValues(lpb, limit: frame.region.count)
                    for (x, y) in zip(now, frame.region) {
                        if x.signum < 0 || x > y { break }
                        if x < y { again = true; break }
                    }
                    frame.region = now
                } else {
                    let v = try value(lpb.target)
                    if let v, let old = frame.counter, v.signum >= 0, v < old { again = true }
                    frame.counter = v
                }
                if again {
                    frame.saved = memory
                    stack.append(frame)
                    next = frame.pc + 1
                } else {
                    memory = frame.saved
                }
            case .region:
                let start = try address(ins.target)
                guard let lenValue = try value(ins.source) else { throw Failure(message: "Infinity error") }
                let len = try index(lenValue)
                if len != 0 {
                    if ins.opcode != .clr && maxMemory >= 0 && len > maxMemory { throw Failure(message: "Maximum memory exceeded: \(len)") }
                    let cells = len > 0 ? Array(start..<(start + len)) : Array((start + len + 1)...start)
                    if ins.opcode == .clr {
                        for i in cells where i >= 0 { memory[i] = nil }
                    } else {
                        if cells[0] < 0 { throw Failure(message: "Memory access with negative index: \(cells[0])") }
                        let old = try cells.map { (i) throws(Failure) in try get(i) }
                        let fill = try get(start)
                        for (k, i) in cells.enumerated() {
                            switch ins.opcode {
                            case .fil: memory[i] = fill
                            case .rol: memory[i] = old[(k + 1) % old.count]
                            default: memory[i] = old[(k + old.count - 1) % old.count]
                            }
                        }
                    }
                }
            default:
                break
            }
            steps += 1
            if maxSteps >= 0 && steps > maxSteps { throw Failure(message: "Exceeded maximum number of steps (\(maxSteps)); last operation: \(text)") }
            let count = memory.filter { $0.key >= 16 && $0.value != .zero }.count + 16
            if maxMemory >= 0 && count > maxMemory { throw Failure(message: "Maximum memory exceeded: \(count); last operation: \(text)") }
            pc = next
        }
        if !stack.isEmpty { throw Failure(message: "execution error") }
        return try get(0)
    }
}
