import GMPShim
import LODACore
import LODANumber

/// Runs compiled programs on one memory. One machine per call depth; the
/// evaluation context hands them out so that nested `seq` calls get fresh memory.
///
/// The hot loop keeps everything it touches per step in locals (pc, steps, the cell
/// pointer, the current limit), so no class field is read or written per instruction.
/// Anything unusual (big values, indirect operands, region operations, calls, limits)
/// goes to out-of-line slow paths that may update the fields, after which the loop
/// reloads its locals.
public final class Machine {
    /// The mutable state the loop touches, behind a pointer: stored `var`s of a class
    /// would cost a dynamic exclusivity check on every access.
    struct State {
        var memory: CellBlock
        /// Cells at and above `used` (below the dense limit) are zero.
        var used = 1
        var frameCount = 0
        /// Whether the cell-count limit needs checking after each step.
        var memoryCheckNeeded = false
        /// Whether `sparse` (or a saved copy of it) may be non-empty.
        var sparseInUse = false
        /// Open loops (kept here so that slow-path writes can mark the innermost one).
        var depth = 0
        /// Extra steps charged by the slow paths (big-number cost in screening mode).
        var extraSteps = 0
        /// The cell count a region operation would have reached (too many to write): the
        /// limit check after its step reports it, as if the cells had been written.
        var pendingCellCount = 0
    }

    unowned(unsafe) let context: EvaluationContext
    let callDepth: Int
    let st: UnsafeMutablePointer<State>
    var sparse: [Int: Number] = [:] { didSet { if !sparse.isEmpty { st.pointee.sparseInUse = true } } }
    let frames: UnsafeMutablePointer<LoopFrame>
    var sparseSnapshots: [[Int: Number]]
    let s = BigScratch()
    let maxMemory: Int

    var memory: CellBlock {
        get { st.pointee.memory }
        set { st.pointee.memory = newValue }
    }
    var used: Int {
        get { st.pointee.used }
        set { st.pointee.used = newValue }
    }
    var frameCount: Int {
        get { st.pointee.frameCount }
        set { st.pointee.frameCount = newValue }
    }
    var memoryCheckNeeded: Bool {
        get { st.pointee.memoryCheckNeeded }
        set { st.pointee.memoryCheckNeeded = newValue }
    }
    /// Cells 1... preset before a run (inputs of a `prg` callee).
    var presetInputs: [Number] = []

    init(context: EvaluationContext, callDepth: Int) {
        self.context = context
        self.callDepth = callDepth
        maxMemory = context.limits.maxMemory
        st = .allocate(capacity: 1)
        st.initialize(to: State(memory: CellBlock(capacity: 64)))
        let depth = context.limits.maxLoopDepth + 1
        frames = .allocate(capacity: depth)
        sparseSnapshots = Array(repeating: [:], count: depth)
    }

    deinit {
        memory.free()
        for i in 0..<frameCount {
            frames[i].snapshot.free()
            lgmp_clear(frames[i].counterSlot)
            frames[i].counterSlot.deallocate()
        }
        frames.deinitialize(count: frameCount)
        frames.deallocate()
        st.deinitialize(count: 1)
        st.deallocate()
    }

    /// Makes sure loop frames `0..<depth+1` exist.
    @inline(never)
    func prepareFrame(_ depth: Int) {
        while frameCount <= depth {
            let slot = MPZ.allocate(capacity: 1)
            lgmp_init(slot)
            (frames + frameCount).initialize(
                to: LoopFrame(
                    snapshot: CellBlock(capacity: max(16, used)), used: 0, lo: 0, hi: -1, staticLo: 0, staticHi: -1,
                    lifeLo: Int.max, lifeHi: -1, counter: .zero, counterSlot: slot, savedSparse: false, region: []))
            frameCount += 1
        }
    }

    // MARK: - Memory access (slow paths)

    func resetMemory(baseUsed: Int) {
        st.pointee.depth = 0
        st.pointee.extraSteps = 0
        st.pointee.pendingCellCount = 0
        memory.grow(to: baseUsed)
        let c = memory.cells
        for i in 0..<used { c[i] = .zero }
        if !sparse.isEmpty { sparse = [:] }
        st.pointee.sparseInUse = false
        used = baseUsed
        updateMemoryCheck()
    }

    func updateMemoryCheck() {
        memoryCheckNeeded = maxMemory >= 0 && (used > maxMemory || !sparse.isEmpty)
    }

    /// The value of a cell (0 when never written).
    public func value(at index: Int) -> Number {
        if index < used {
            let c = memory.cells[index]
            return c.big ? Number(mpz: memory.slots + index) : Number(c.v)
        }
        if index >= CompiledProgram.denseLimit { return sparse[index] ?? .zero }
        return .zero
    }

    /// The value of a cell when it fits in `Int` (nil for big values).
    public func smallValue(at index: Int) -> Int? {
        if index < used {
            let c = memory.cells[index]
            return c.big ? nil : c.v
        }
        if index >= CompiledProgram.denseLimit { return sparse[index]?.intValue ?? 0 }
        return 0
    }

    /// All non-zero cells, ascending.
    public func nonZeroCells() -> [(Int, Number)] {
        var result: [(Int, Number)] = []
        for i in 0..<used where value(at: i) != .zero { result.append((i, value(at: i))) }
        for (i, v) in sparse.sorted(by: { $0.key < $1.key }) where v != .zero { result.append((i, v)) }
        return result
    }

    func loadCell(_ i: Int, into z: MPZ) -> Loaded {
        if i < used {
            let c = memory.cells[i]
            if c.big {
                lgmp_set(z, memory.slots + i)
                return .big
            }
            return .small(c.v)
        }
        if i >= CompiledProgram.denseLimit, let n = sparse[i] {
            if let v = n.intValue { return .small(v) }
            n.store(into: z)
            return .big
        }
        return .small(0)
    }

    /// The index held by cell `v` (for `$$v`).
    func pointer(_ v: Int) throws(EvaluationError) -> Int {
        switch loadCell(v, into: s.t) {
        case .small(let i):
            if i < 0 { throw .negativeIndex(i) }
            return i
        default:
            throw .integerOverflow
        }
    }

    func load(_ kind: OperandKind, _ v: Int, _ p: CompiledProgram, into z: MPZ) throws(EvaluationError) -> Loaded {
        switch kind {
        case .small: return .small(v)
        case .big:
            p.constants[v].store(into: z)
            return .big
        case .infinite: return .inf
        case .hugeIndex: throw .integerOverflow
        case .direct: return loadCell(v, into: z)
        case .indirect: return loadCell(try pointer(v), into: z)
        }
    }

    func loadNumber(_ kind: OperandKind, _ v: Int, _ p: CompiledProgram) throws(EvaluationError) -> Number? {
        switch try load(kind, v, p, into: s.t) {
        case .small(let x): return Number(x)
        case .big: return Number(mpz: s.t)
        case .inf: return nil
        }
    }

    /// An operand's value as an `Int` (lengths, ids): "Integer overflow" when it is too big.
    func loadInt(_ kind: OperandKind, _ v: Int, _ p: CompiledProgram) throws(EvaluationError) -> Int {
        switch try load(kind, v, p, into: s.t) {
        case .small(let x): return x
        case .big: throw .integerOverflow
        case .inf: throw .infinity
        }
    }

    /// The cell an operand names, for operations that need an address.
    func address(_ kind: OperandKind, _ v: Int) throws(EvaluationError) -> Int {
        switch kind {
        case .direct: return v
        case .indirect: return try pointer(v)
        case .hugeIndex: throw .integerOverflow
        case .small, .big, .infinite: throw .constantAddress
        }
    }

    /// Marks cell `i` as touched by the current iteration of the innermost loop.
    @inline(__always)
    func touch(_ i: Int) {
        let d = st.pointee.depth
        guard d > 0 else { return }
        let f = frames + (d - 1)
        if i < f.pointee.lo { f.pointee.lo = i }
        if i > f.pointee.hi { f.pointee.hi = i }
        if i < f.pointee.lifeLo { f.pointee.lifeLo = i }
        if i > f.pointee.lifeHi { f.pointee.lifeHi = i }
    }

    /// Writes a small value or the big value in `s.r` into cell `i` (no checks).
    func write(_ i: Int, _ value: Loaded) {
        if i < CompiledProgram.denseLimit {
            touch(i)
            if i >= used {
                memory.grow(to: i + 1)
                used = i + 1
                updateMemoryCheck()
            }
            switch value {
            case .small(let x): memory.cells[i] = Cell(v: x, big: false)
            default:
                lgmp_swap(memory.slots + i, s.r)
                memory.cells[i] = Cell(v: 0, big: true)
            }
        } else {
            switch value {
            case .small(0): sparse.removeValue(forKey: i)
            case .small(let x): sparse[i] = Number(x)
            default: sparse[i] = Number(mpz: s.r)
            }
            updateMemoryCheck()
        }
    }

    func writeNumber(_ i: Int, _ n: Number) {
        if let v = n.intValue {
            write(i, .small(v))
        } else {
            n.store(into: s.r)
            write(i, .big)
        }
    }

    /// Stores an instruction's result into its target, with the reference's checks in order.
    func store(_ kind: OperandKind, _ v: Int, _ result: Loaded, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) {
        let index: Int
        switch kind {
        case .small, .big, .infinite: throw .constantTarget
        case .hugeIndex: throw .integerOverflow
        case .direct: index = v
        case .indirect: index = try pointer(v)
        }
        if maxMemory >= 0 && index > maxMemory { throw .memoryExceeded(index, operation: operationText(pc, p)) }
        if case .inf = result { throw .overflow(cell: index, operation: operationText(pc, p)) }
        if index < 0 { throw .negativeIndex(index) }
        write(index, result)
    }

    func operationText(_ pc: Int, _ p: CompiledProgram) -> String {
        p.sourceInstruction(pc).formatted(infinityAware: true)
    }

    // MARK: - Slow paths

    /// An operand for the big-number kernel: small, a pointer to a GMP value
    /// (the cell's own slot or constant, not a copy), or INF.
    enum Ref {
        case small(Int)
        case big(ConstMPZ)
        case inf
    }

    func loadRef(_ kind: OperandKind, _ v: Int, _ p: CompiledProgram) throws(EvaluationError) -> Ref {
        let index: Int
        switch kind {
        case .small: return .small(v)
        case .big: return .big(p.constants[v].mpzPointer!)
        case .infinite: return .inf
        case .hugeIndex: throw .integerOverflow
        case .direct: index = v
        case .indirect: index = try pointer(v)
        }
        if index < used {
            let c = memory.cells[index]
            return c.big ? .big(memory.slots + index) : .small(c.v)
        }
        if index >= CompiledProgram.denseLimit, let n = sparse[index] {
            if let x = n.intValue { return .small(x) }
            return .big(n.mpzPointer!)
        }
        return .small(0)
    }

    @inline(never)
    func arithmetic(_ op: ArithmeticOperation, _ ins: CompiledInstruction, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) {
        let a = try loadRef(ins.targetKind, ins.target, p)
        let b = try loadRef(ins.sourceKind, ins.source, p)
        let result: Loaded
        switch (a, b) {
        case (.inf, _), (_, .inf):
            result = .inf
        case (.small(let x), .small(let y)):
            if let r = Semantics.small(op, x, y) {
                result = .small(r)
            } else {
                lgmp_set_si(s.a, x)
                lgmp_set_si(s.b, y)
                result = big(op, s.a, s.b)
            }
        case (.big(let x), .big(let y)):
            result = big(op, x, y)
        case (.big(let x), .small(let y)):
            lgmp_set_si(s.b, y)
            result = big(op, x, s.b)
        case (.small(let x), .big(let y)):
            lgmp_set_si(s.a, x)
            result = big(op, s.a, y)
        }
        try store(ins.targetKind, ins.target, result, pc, p)
    }

    /// The general path for a fast-form instruction (direct target within the limits,
    /// small-constant or direct source) whose values are big or whose small result
    /// overflowed: no operand decoding and no write checks beyond INF.
    @inline(never)
    func arithmeticDirect(_ op: ArithmeticOperation, _ ins: CompiledInstruction, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) {
        let cells = memory.cells, slots = memory.slots
        let t = ins.target
        let ta = cells[t]
        let a: ConstMPZ
        if ta.big { a = UnsafePointer(slots + t) } else { lgmp_set_si(s.a, ta.v); a = UnsafePointer(s.a) }
        let b: ConstMPZ
        if ins.sourceKind == .small {
            lgmp_set_si(s.b, ins.source)
            b = UnsafePointer(s.b)
        } else {
            let sb = cells[ins.source]
            if sb.big { b = UnsafePointer(slots + ins.source) } else { lgmp_set_si(s.b, sb.v); b = UnsafePointer(s.b) }
        }
        guard BigKernel.calc(op, s.r, a, b, s) else { throw .overflow(cell: t, operation: operationText(pc, p)) }
        if context.limits.bigNumberCost { st.pointee.extraSteps += Int(lgmp_limbs(s.r)) }
        if lgmp_limbs(s.r) <= 1 && lgmp_fits_slong(s.r) != 0 {
            cells[t] = Cell(v: lgmp_get_si(s.r), big: false)
        } else {
            lgmp_swap(slots + t, s.r)
            cells[t] = Cell(v: 0, big: true)
        }
    }

    @inline(__always)
    func big(_ op: ArithmeticOperation, _ a: ConstMPZ, _ b: ConstMPZ) -> Loaded {
        guard BigKernel.calc(op, s.r, a, b, s) else { return .inf }
        if context.limits.bigNumberCost { st.pointee.extraSteps += Int(lgmp_limbs(s.r)) }
        if lgmp_fits_slong(s.r) != 0 { return .small(lgmp_get_si(s.r)) }
        return .big
    }

    /// `clr`, `fil`, `rol`, `ror` on the region of `len` cells at the target's address, in
    /// time proportional to the cells that hold values, not to the length: `clr` visits the
    /// existing cells only (as the reference does), `rol`/`ror` move the non-zero cells, `fil`
    /// with 0 clears the existing ones. A `fil` whose cells would break the cell-count limit
    /// fails after its step with the count it would have reached, without writing them; with
    /// no memory limit, regions beyond `RegionBounds.unlimitedCells` fail.
    @inline(never)
    func regionOperation(_ ins: CompiledInstruction, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) {
        let start = try address(ins.targetKind, ins.target)
        let len = try loadInt(ins.sourceKind, ins.source, p)
        if len == 0 { return }
        if ins.op != .clr && maxMemory >= 0 && len > maxMemory { throw .memoryExceeded(len, operation: nil) }
        let (lo, hiExclusive) = try RegionBounds.cells(start: start, length: len)
        if ins.op == .clr {
            clearExisting(max(lo, 0), hiExclusive, except: nil)
            return
        }
        if lo < 0 { throw .negativeIndex(lo) }
        let count = hiExclusive - lo
        if count > (maxMemory >= 0 ? maxMemory : RegionBounds.unlimitedCells) {
            switch ins.op {
            case .fil:
                let fill = value(at: start)
                if fill == .zero {
                    clearExisting(lo, hiExclusive, except: nil)
                } else if maxMemory >= 0 {
                    // every cell of the region would hold a value: count them as the limit check would
                    var outside = 0
                    for (i, _) in nonZeroCells() where i >= 16 && (i < lo || i >= hiExclusive) { outside += 1 }
                    st.pointee.pendingCellCount = 16 + outside + (hiExclusive - max(lo, 16))
                    memoryCheckNeeded = true
                } else {
                    throw .memoryExceeded(count, operation: nil)
                }
            default:
                rotateNonZero(lo, hiExclusive, left: ins.op == .rol)
            }
            return
        }
        let dense = hiExclusive <= CompiledProgram.denseLimit
        if dense && hiExclusive > used {
            memory.grow(to: hiExclusive)
            used = hiExclusive
            updateMemoryCheck()
        }
        switch ins.op {
        case .fil:
            let fill = value(at: start)
            for i in lo..<hiExclusive where i != start { writeNumber(i, fill) }
        case .rol where dense:
            for i in lo..<(hiExclusive - 1) { swapCells(i, i + 1) }
        case .ror where dense:
            var i = hiExclusive - 1
            while i > lo {
                swapCells(i, i - 1)
                i -= 1
            }
        default:
            var values = (lo..<hiExclusive).map { value(at: $0) }
            if ins.op == .rol { values.append(values.removeFirst()) } else { values.insert(values.removeLast(), at: 0) }
            for (k, v) in values.enumerated() { writeNumber(lo + k, v) }
        }
    }

    /// Sets the cells in `lo..<hiExclusive` that hold values (dense or sparse) to 0.
    func clearExisting(_ lo: Int, _ hiExclusive: Int, except keep: Int?) {
        if lo < min(hiExclusive, used) {
            for i in lo..<min(hiExclusive, used) where i != keep { write(i, .small(0)) }
        }
        if !sparse.isEmpty {
            for i in sparse.keys where i >= lo && i < hiExclusive && i != keep { write(i, .small(0)) }
        }
    }

    /// Rotates a region by one cell, moving only the cells that hold values.
    func rotateNonZero(_ lo: Int, _ hiExclusive: Int, left: Bool) {
        var moved: [(Int, Number)] = []
        for (i, v) in nonZeroCells() where i >= lo && i < hiExclusive { moved.append((i, v)) }
        for (i, _) in moved { write(i, .small(0)) }
        for (i, v) in moved {
            let j = left ? (i == lo ? hiExclusive - 1 : i - 1) : (i == hiExclusive - 1 ? lo : i + 1)
            writeNumber(j, v)
        }
    }

    @inline(__always)
    func swapCells(_ i: Int, _ j: Int) {
        touch(i)
        touch(j)
        let c = memory.cells
        let t = c[i]
        c[i] = c[j]
        c[j] = t
        lgmp_swap(memory.slots + i, memory.slots + j)
    }

    /// `seq t,s`: returns the callee's steps.
    @inline(never)
    func seq(_ ins: CompiledInstruction, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) -> Int {
        guard let argument = try loadNumber(ins.targetKind, ins.target, p) else {
            throw .overflow(cell: 0, operation: operationText(pc, p))
        }
        let id = try ProgramID.decode(try loadInt(ins.sourceKind, ins.source, p))
        let (value, steps) = try context.callSeq(id, argument, callDepth: callDepth + 1)
        if let v = value.intValue {
            try store(ins.targetKind, ins.target, .small(v), pc, p)
        } else {
            value.store(into: s.r)
            try store(ins.targetKind, ins.target, .big, pc, p)
        }
        return steps
    }

    /// `prg t,s`: returns the callee's steps.
    @inline(never)
    func prg(_ ins: CompiledInstruction, _ pc: Int, _ p: CompiledProgram) throws(EvaluationError) -> Int {
        let start = try address(ins.targetKind, ins.target)
        let id = try ProgramID.decode(try loadInt(ins.sourceKind, ins.source, p))
        guard id.letter == "P" else { throw .unsupportedPrgID(id.description) }
        let callee = try context.compiledProgram(id)
        guard let inputs = callee.program.inputs else { throw .directiveNotFound("inputs") }
        guard let outputs = callee.program.outputs else { throw .directiveNotFound("outputs") }
        let arguments = (0..<max(inputs, 0)).map { value(at: start + $0) }
        let (results, steps) = try context.callPrg(id, callee, arguments, outputs: max(outputs, 0), callDepth: callDepth + 1)
        for (k, v) in results.enumerated() { writeNumber(start + k, v) }
        return steps
    }

    @inline(never)
    func debugOutput() {
        let text = nonZeroCells().map { "\($0.0):\($0.1)" }.joined(separator: ",")
        context.debugOutput?(text)
    }

    /// Checks the step limit, the cell-count limit, the deadline and the cancellation
    /// flag; returns the step count at which to come back.
    @inline(never)
    func checkLimits(steps: Int, pc: Int, _ p: CompiledProgram) throws(EvaluationError) -> Int {
        let maxSteps = context.limits.maxSteps
        if maxSteps >= 0 && steps > maxSteps {
            throw .stepsExceeded(limit: maxSteps, operation: operationText(pc, p))
        }
        var next = maxSteps >= 0 ? maxSteps : Int.max
        if st.pointee.pendingCellCount > 0 {
            let count = st.pointee.pendingCellCount
            st.pointee.pendingCellCount = 0
            throw .memoryExceeded(count, operation: operationText(pc, p))
        }
        if memoryCheckNeeded {
            var count = 16
            if used > 16 {
                let c = memory.cells
                for i in 16..<used where c[i].big || c[i].v != 0 { count += 1 }
            }
            count += sparse.count
            if count > maxMemory { throw .memoryExceeded(count, operation: operationText(pc, p)) }
            // Each further step adds at most one non-zero cell; region ops and calls force a recount.
            next = min(next, steps + (maxMemory - count))
        }
        if context.pollsClock {
            try context.poll()
            next = min(next, steps + EvaluationContext.pollInterval)
        }
        return next
    }

    // MARK: - Loops (slow parts)

    @inline(never)
    func growSnapshot(_ depth: Int) {
        frames[depth].snapshot.grow(to: used)
    }

    @inline(never)
    func saveSparse(_ depth: Int) {
        sparseSnapshots[depth] = sparse
        frames[depth].savedSparse = true
    }

    @inline(never)
    func restoreSparse(_ depth: Int) {
        sparse = frames[depth].savedSparse ? sparseSnapshots[depth] : [:]
        frames[depth].savedSparse = false
        sparseSnapshots[depth] = [:]
    }

    /// Enters a loop: a full copy of memory into frame `depth`.
    @inline(__always)
    func enter(_ depth: Int, staticLo: Int, staticHi: Int) {
        let f = frames + depth
        if f.pointee.snapshot.capacity < used { growSnapshot(depth) }
        copyCells(memory.cells, memory.slots, f.pointee.snapshot.cells, f.pointee.snapshot.slots, 0, used - 1)
        f.pointee.used = used
        f.pointee.staticLo = staticLo
        f.pointee.staticHi = staticHi
        f.pointee.lo = staticLo
        f.pointee.hi = staticHi
        f.pointee.lifeLo = Int.max
        f.pointee.lifeHi = -1
        if st.pointee.sparseInUse { saveSparse(depth) }
        st.pointee.depth = depth + 1
    }

    /// Accepts an iteration: the cells it touched go into the snapshot.
    @inline(__always)
    func accept(_ depth: Int) {
        let f = frames + depth
        if f.pointee.snapshot.capacity < used { growSnapshot(depth) }
        copyCells(
            memory.cells, memory.slots, f.pointee.snapshot.cells, f.pointee.snapshot.slots,
            f.pointee.lo, min(f.pointee.hi, used - 1))
        f.pointee.used = used
        f.pointee.lo = f.pointee.staticLo
        f.pointee.hi = f.pointee.staticHi
        if st.pointee.sparseInUse { saveSparse(depth) }
    }

    /// Rejects an iteration and leaves the loop: the cells it touched come back from
    /// the snapshot, and the enclosing loop learns which cells the loop touched.
    @inline(__always)
    func leave(_ depth: Int) {
        let f = frames + depth
        let saved = f.pointee.used
        copyCells(
            f.pointee.snapshot.cells, f.pointee.snapshot.slots, memory.cells, memory.slots,
            f.pointee.lo, min(f.pointee.hi, saved - 1))
        var i = saved
        while i < used {
            memory.cells[i] = .zero
            i &+= 1
        }
        if used != saved {
            used = saved
            updateMemoryCheck()
        }
        if st.pointee.sparseInUse {
            restoreSparse(depth)
            updateMemoryCheck()
        }
        st.pointee.depth = depth
        if depth > 0 {
            let parent = frames + (depth - 1)
            let lo = min(f.pointee.lifeLo, f.pointee.lo), hi = max(f.pointee.lifeHi, f.pointee.hi)
            if lo < parent.pointee.lo { parent.pointee.lo = lo }
            if hi > parent.pointee.hi { parent.pointee.hi = hi }
            if lo < parent.pointee.lifeLo { parent.pointee.lifeLo = lo }
            if hi > parent.pointee.lifeHi { parent.pointee.lifeHi = hi }
        }
    }

    /// Counter-mode loop counter: reads the `lpb` target into frame `depth`'s counter
    /// (`enter`) or compares it with the saved counter and keeps it when it decreased.
    @inline(never)
    func counterDecreased(_ lpb: CompiledInstruction, _ depth: Int, _ p: CompiledProgram, enter: Bool) throws(EvaluationError) -> Bool {
        let f = frames + depth
        let loaded = try load(lpb.targetKind, lpb.target, p, into: s.a)
        if enter {
            switch loaded {
            case .small(let v): f.pointee.counter = Cell(v: v, big: false)
            case .big:
                lgmp_set(f.pointee.counterSlot, s.a)
                f.pointee.counter = Cell(v: 0, big: true)
            case .inf: f.pointee.counter = Cell(v: Int.min, big: false)  // never decreases
            }
            return true
        }
        let previous = f.pointee.counter
        switch loaded {
        case .inf: return false
        case .small(let v):
            if v < 0 { return false }
            if previous.big {
                guard lgmp_sgn(f.pointee.counterSlot) > 0 else { return false }
            } else if v >= previous.v {
                return false
            }
            f.pointee.counter = Cell(v: v, big: false)
            return true
        case .big:
            if lgmp_sgn(s.a) < 0 { return false }
            guard previous.big, lgmp_cmp(s.a, f.pointee.counterSlot) < 0 else { return false }
            lgmp_set(f.pointee.counterSlot, s.a)
            return true
        }
    }

    /// Region-mode loop: the compared cells of the `lpb` target and length.
    func regionCells(_ lpb: CompiledInstruction, _ p: CompiledProgram, limit: Int?) throws(EvaluationError) -> [Number] {
        let start = try address(lpb.targetKind, lpb.target)
        var len = try loadInt(lpb.sourceKind, lpb.source, p)
        if let limit { len = min(len, limit) }
        if limit == nil && len > (maxMemory >= 0 ? maxMemory : RegionBounds.unlimitedCells) { throw .memoryExceeded(len, operation: nil) }
        guard len > 0 else { return [] }
        if start < 0 { throw .negativeIndex(start) }
        _ = try RegionBounds.cells(start: start, length: len)
        return (0..<len).map { value(at: start + $0) }
    }

    @inline(never)
    func regionEnter(_ lpb: CompiledInstruction, _ depth: Int, _ p: CompiledProgram) throws(EvaluationError) {
        frames[depth].region = try regionCells(lpb, p, limit: nil)
    }

    /// Continue iff the region is lexicographically smaller, every cell up to the first
    /// difference being non-negative; the shorter of the two lengths is compared.
    @inline(never)
    func regionDecreased(_ lpb: CompiledInstruction, _ depth: Int, _ p: CompiledProgram) throws(EvaluationError) -> Bool {
        let old = frames[depth].region
        let new = try regionCells(lpb, p, limit: old.count)
        var decreased = false
        for (x, y) in zip(new, old) {
            if x.signum < 0 { break }
            if x < y { decreased = true; break }
            if x > y { break }
        }
        if decreased { frames[depth].region = new }
        return decreased
    }
}
