import LODACore
import LODANumber

/// A deliberately simple interpreter written from the spec for differential tests:
/// memory is a dictionary of `Int128`, every loop iteration copies all of it, operands are
/// resolved on every step, arithmetic is `ReferenceArithmetic` (no code shared with the
/// evaluator's `Semantics`). It knows nothing of the real evaluator's fast paths, compiled
/// form, snapshots or limit tricks. (No seq/prg: the fuzzer avoids them.) A value outside
/// `Int128` ends the run with `Stop.beyond`: the model cannot say, and the term is not compared.
struct NaiveInterpreter {
    struct Failure: Error { var message: String }
    enum Stop: Error {
        case failure(Failure)
        case beyond
    }

    var maxSteps = 100_000_000
    var maxMemory = 2000
    var memory: [Int: Int128] = [:]
    var steps = 0

    func get(_ i: Int) throws(Stop) -> Int128 {
        if i < 0 { throw .failure(Failure(message: "Memory access with negative index: \(i)")) }
        return memory[i] ?? 0
    }

    func index(_ n: Int128) throws(Stop) -> Int {
        guard let i = Int(exactly: n) else { throw .failure(Failure(message: "Integer overflow")) }
        return i
    }

    /// An operand's number as written (cell indices beyond Int64 fail as "Integer overflow").
    func index(_ n: Number) throws(Stop) -> Int {
        guard let i = Int(n.description) else { throw .failure(Failure(message: "Integer overflow")) }
        return i
    }

    /// The value of an operand; nil for a constant beyond LODA's range (INF).
    func value(_ o: Operand) throws(Stop) -> Int128? {
        switch o {
        case .constant(let n):
            guard n.isWithinLimit else { return nil }
            guard let v = Int128(n.description) else { throw .beyond }
            return v
        case .direct(let n): return try get(try index(n))
        case .indirect(let n): return try get(try index(try get(try index(n))))
        }
    }

    func address(_ o: Operand) throws(Stop) -> Int {
        switch o {
        case .constant: throw .failure(Failure(message: "Cannot get address of a constant"))
        case .direct(let n): return try index(n)
        case .indirect(let n):
            let i = try index(try get(try index(n)))
            if i < 0 { throw .failure(Failure(message: "Memory access with negative index: \(i)")) }
            return i
        }
    }

    mutating func set(_ o: Operand, _ v: Int128?, _ text: String) throws(Stop) {
        if o.isConstant { throw .failure(Failure(message: "Cannot set value of a constant")) }
        let i = try address(o)
        if maxMemory >= 0 && i > maxMemory { throw .failure(Failure(message: "Maximum memory exceeded: \(i); last operation: \(text)")) }
        guard let v else { throw .failure(Failure(message: "Overflow in cell $\(i); last operation: \(text)")) }
        memory[i] = v
    }

    func regionValues(_ lpb: Instruction, limit: Int?) throws(Stop) -> [Int128] {
        let start = try address(lpb.target)
        guard let lenValue = try value(lpb.source) else { throw .failure(Failure(message: "Infinity error")) }
        var len = try index(lenValue)
        if let limit { len = min(len, limit) }
        if limit == nil && maxMemory >= 0 && len > maxMemory { throw .failure(Failure(message: "Maximum memory exceeded: \(len)")) }
        if len <= 0 { return [] }
        return try (0..<len).map { (k) throws(Stop) in try get(start + k) }
    }

    /// a(input): the value of $0 at the end, or a failure; `Stop.beyond` when the model cannot say.
    mutating func run(_ program: Program, input: Int) throws(Stop) -> Int128 {
        let code = program.code
        let region = code.contains { $0.opcode == .lpb && $0.source != .value(1) }
        memory = [0: Int128(input)]
        steps = 0
        struct Frame { var pc: Int; var saved: [Int: Int128]; var counter: Int128?; var region: [Int128] }
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
                var r: Int128? = nil
                if let a, let b {
                    switch ReferenceArithmetic.calc(ins.opcode.info.arithmetic!, a, b) {
                    case .value(let v): r = v
                    case .inf: r = nil
                    case .beyond: throw .beyond
                    }
                }
                if ins.opcode == .mov, a != nil { r = b }
                try set(ins.target, r, text)
            case .loopBegin:
                if stack.count >= 100 { throw .failure(Failure(message: "Maximum stack size exceeded: 100")) }
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
                        if x < 0 || x > y { break }
                        if x < y { again = true; break }
                    }
                    frame.region = now
                } else {
                    let v = try value(lpb.target)
                    if let v, let old = frame.counter, v >= 0, v < old { again = true }
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
                guard let lenValue = try value(ins.source) else { throw .failure(Failure(message: "Infinity error")) }
                let len = try index(lenValue)
                if len != 0 {
                    if ins.opcode != .clr && maxMemory >= 0 && len > maxMemory { throw .failure(Failure(message: "Maximum memory exceeded: \(len)")) }
                    let cells = len > 0 ? Array(start..<(start + len)) : Array((start + len + 1)...start)
                    if ins.opcode == .clr {
                        for i in cells where i >= 0 { memory[i] = nil }
                    } else {
                        if cells[0] < 0 { throw .failure(Failure(message: "Memory access with negative index: \(cells[0])")) }
                        let old = try cells.map { (i) throws(Stop) in try get(i) }
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
            if maxSteps >= 0 && steps > maxSteps {
                throw .failure(Failure(message: "Exceeded maximum number of steps (\(maxSteps)); last operation: \(text)"))
            }
            let count = memory.filter { $0.key >= 16 && $0.value != 0 }.count + 16
            if maxMemory >= 0 && count > maxMemory { throw .failure(Failure(message: "Maximum memory exceeded: \(count); last operation: \(text)")) }
            pc = next
        }
        if !stack.isEmpty { throw .failure(Failure(message: "execution error")) }
        return try get(0)
    }
}
