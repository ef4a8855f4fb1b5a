import LODACore
import LODANumber

/// Runs one program one instruction at a time on plain dictionary memory, reporting
/// what each instruction read and wrote. It follows the same rules as `Machine` (the
/// fuzz tests compare the two) but favours clarity over speed: the REPL's `:trace`,
/// `:step` and `:run` use it. `seq` and `prg` calls run through the fast evaluator.
public final class Stepper {
    public let program: Program
    public let code: [Instruction]
    /// The input n (`$0` at the start).
    public let input: Int
    public private(set) var memory: [Int: Number]
    public private(set) var pc = 0
    public private(set) var steps = 0
    public let limits: EvaluationLimits
    let context: EvaluationContext
    let regionMode: Bool

    struct Frame {
        var pc: Int
        var saved: [Int: Number]
        var counter: Number?
        var region: [Number]
    }
    var stack: [Frame] = []
    /// The cell count a `fil` would have reached (too many cells to write): reported by the
    /// limit check after its step.
    var pendingCellCount = 0

    public init(
        _ program: Program, input: Int, resolver: ProgramResolver? = nil, limits: EvaluationLimits = .standard,
        cancellation: CancellationFlag? = nil
    ) {
        self.program = program
        code = program.code
        self.input = input
        self.limits = limits
        context = EvaluationContext(limits: limits, resolver: resolver, cancellation: cancellation)
        regionMode = code.contains { $0.opcode == .lpb && $0.source != .value(1) }
        memory = input == 0 ? [:] : [0: Number(input)]
    }

    public var isFinished: Bool { pc >= code.count }

    /// The value of `$0` (the result once finished).
    public var output: Number { memory[0] ?? .zero }

    /// Runs the rest of the program, calling `each` after every instruction.
    public func run(_ each: (TraceEvent) -> Void = { _ in }) throws(EvaluationError) {
        while !isFinished { each(try step()) }
        if !stack.isEmpty { throw .unclosedLoop }
    }

    // MARK: - One instruction

    public func step() throws(EvaluationError) -> TraceEvent {
        let ins = code[pc]
        let text = ins.formatted(infinityAware: true)
        var event = TraceEvent(pc: pc, instruction: ins, reads: [], writes: [], loop: .none, steps: 0)
        var next = pc + 1
        switch ins.opcode.info.kind {
        case .arithmetic:
            let a = try value(ins.target, &event)
            let b = try value(ins.source, &event)
            var r: Number? = nil
            if let a, let b { r = Semantics.calc(ins.opcode.info.arithmetic!, a, b) }
            if ins.opcode == .mov, a != nil { r = b }
            try set(ins.target, r, text, &event)
        case .loopBegin:
            if stack.count >= limits.maxLoopDepth { throw .stackExceeded(limits.maxLoopDepth) }
            event.loop = .enter
            if regionMode {
                stack.append(Frame(pc: pc, saved: memory, counter: nil, region: try region(ins, limit: nil, &event)))
            } else {
                stack.append(Frame(pc: pc, saved: memory, counter: try value(ins.target, &event), region: []))
            }
        case .loopEnd:
            guard var frame = stack.popLast() else { throw .unmatchedLoopEnd(ins.location) }
            let lpb = code[frame.pc]
            var again = false
            if regionMode {
                let now = try region(lpb, limit: frame.region.count, &event)
                for (x, y) in zip(now, frame.region) {
                    if x.signum < 0 || x > y { break }
                    if x < y {
                        again = true
                        break
                    }
                }
                frame.region = now
            } else {
                let v = try value(lpb.target, &event)
                if let v, let old = frame.counter, v.signum >= 0, v < old { again = true }
                frame.counter = v
            }
            if again {
                event.loop = .again
                frame.saved = memory
                stack.append(frame)
                next = frame.pc + 1
            } else {
                event.loop = .rollback
                for i in Set(memory.keys).union(frame.saved.keys).sorted() {
                    let old = memory[i] ?? .zero, new = frame.saved[i] ?? .zero
                    if old != new { event.writes.append((i, old, new)) }
                }
                memory = frame.saved
            }
        case .region:
            try regionOperation(ins, &event)
        case .seq:
            let argument = try value(ins.target, &event)
            guard let argument else { throw .overflow(cell: 0, operation: text) }
            let id = try programID(ins.source, &event)
            let (v, calleeSteps) = try context.callSeq(id, argument, callDepth: 1)
            steps += calleeSteps
            try set(ins.target, v, text, &event)
        case .prg:
            let start = try address(ins.target)
            let id = try programID(ins.source, &event)
            guard id.letter == "P" else { throw .unsupportedPrgID(id.description) }
            let callee = try context.compiledProgram(id)
            guard let inputs = callee.program.inputs else { throw .directiveNotFound("inputs") }
            guard let outputs = callee.program.outputs else { throw .directiveNotFound("outputs") }
            let arguments = (0..<max(inputs, 0)).map { memory[start + $0] ?? .zero }
            let (results, calleeSteps) = try context.callPrg(id, callee, arguments, outputs: max(outputs, 0), callDepth: 1)
            steps += calleeSteps
            for (k, v) in results.enumerated() { put(start + k, v, &event) }
        case .debug, .nop:
            break
        }
        steps += 1
        if limits.maxSteps >= 0 && steps > limits.maxSteps { throw .stepsExceeded(limit: limits.maxSteps, operation: text) }
        let count = pendingCellCount > 0 ? pendingCellCount : memory.filter { $0.key >= 16 && $0.value != .zero }.count + 16
        pendingCellCount = 0
        if limits.maxMemory >= 0 && count > limits.maxMemory { throw .memoryExceeded(count, operation: text) }
        if let c = context.cancellation, c.isCancelled { throw .cancelled }
        event.steps = steps
        pc = next
        return event
    }

    // MARK: - Operands and memory

    func get(_ i: Int) throws(EvaluationError) -> Number {
        if i < 0 { throw .negativeIndex(i) }
        return memory[i] ?? .zero
    }

    func index(_ n: Number) throws(EvaluationError) -> Int {
        guard let i = n.intValue else { throw .integerOverflow }
        return i
    }

    func address(_ o: Operand) throws(EvaluationError) -> Int {
        switch o {
        case .constant: throw .constantAddress
        case .direct(let n): return try index(n)
        case .indirect(let n):
            let i = try index(try get(try index(n)))
            if i < 0 { throw .negativeIndex(i) }
            return i
        }
    }

    /// The operand's value (nil: an infinite literal).
    func value(_ o: Operand, _ event: inout TraceEvent) throws(EvaluationError) -> Number? {
        switch o {
        case .constant(let n): return n.isWithinLimit ? n : nil
        case .direct(let n):
            let i = try index(n)
            let v = try get(i)
            event.reads.append((i, v))
            return v
        case .indirect(let n):
            let p = try index(n)
            let i = try index(try get(p))
            let v = try get(i)
            event.reads.append((p, Number(i)))
            event.reads.append((i, v))
            return v
        }
    }

    func programID(_ o: Operand, _ event: inout TraceEvent) throws(EvaluationError) -> ProgramID {
        guard let n = try value(o, &event) else { throw .infinity }
        return try ProgramID.decode(try index(n))
    }

    func put(_ i: Int, _ v: Number, _ event: inout TraceEvent) {
        let old = memory[i] ?? .zero
        memory[i] = v == .zero ? nil : v
        if old != v { event.writes.append((i, old, v)) }
    }

    func set(_ o: Operand, _ v: Number?, _ text: String, _ event: inout TraceEvent) throws(EvaluationError) {
        if o.isConstant { throw .constantTarget }
        let i = try address(o)
        if limits.maxMemory >= 0 && i > limits.maxMemory { throw .memoryExceeded(i, operation: text) }
        guard let v else { throw .overflow(cell: i, operation: text) }
        put(i, v, &event)
    }

    func region(_ lpb: Instruction, limit: Int?, _ event: inout TraceEvent) throws(EvaluationError) -> [Number] {
        let start = try address(lpb.target)
        guard let lenValue = try value(lpb.source, &event) else { throw .infinity }
        var len = try index(lenValue)
        if let limit { len = min(len, limit) }
        if limit == nil && len > (limits.maxMemory >= 0 ? limits.maxMemory : RegionBounds.unlimitedCells) {
            throw .memoryExceeded(len, operation: nil)
        }
        if len <= 0 { return [] }
        if start < 0 { throw .negativeIndex(start) }
        _ = try RegionBounds.cells(start: start, length: len)
        return (0..<len).map { memory[start + $0] ?? .zero }
    }

    func regionOperation(_ ins: Instruction, _ event: inout TraceEvent) throws(EvaluationError) {
        let start = try address(ins.target)
        guard let lenValue = try value(ins.source, &event) else { throw .infinity }
        let len = try index(lenValue)
        if len == 0 { return }
        if ins.opcode != .clr && limits.maxMemory >= 0 && len > limits.maxMemory { throw .memoryExceeded(len, operation: nil) }
        let (lo, hiExclusive) = try RegionBounds.cells(start: start, length: len)
        let inRegion = memory.keys.filter { $0 >= lo && $0 < hiExclusive }.sorted()
        if ins.opcode == .clr {
            for i in inRegion { put(i, .zero, &event) }
            return
        }
        if lo < 0 { throw .negativeIndex(lo) }
        // the cells that hold values move (rol, ror) or the region takes the start's value (fil)
        let fill = memory[start] ?? .zero
        if ins.opcode == .fil {
            if fill == .zero {
                for i in inRegion { put(i, .zero, &event) }
            } else if hiExclusive - lo > (limits.maxMemory >= 0 ? limits.maxMemory : RegionBounds.unlimitedCells) {
                guard limits.maxMemory >= 0 else { throw .memoryExceeded(hiExclusive - lo, operation: nil) }
                let outside = memory.filter { $0.key >= 16 && $0.value != .zero && ($0.key < lo || $0.key >= hiExclusive) }.count
                pendingCellCount = 16 + outside + (hiExclusive - max(lo, 16))
            } else {
                for i in lo..<hiExclusive { put(i, fill, &event) }
            }
            return
        }
        let moved = inRegion.map { ($0, memory[$0]!) }
        for (i, _) in moved { put(i, .zero, &event) }
        for (i, v) in moved {
            let j = ins.opcode == .rol ? (i == lo ? hiExclusive - 1 : i - 1) : (i == hiExclusive - 1 ? lo : i + 1)
            put(j, v, &event)
        }
    }
}
