import LODACore
import LODANumber

/// State shared by every program run in one evaluation: the `seq` cache, compiled
/// callees, the set of running programs (recursion), the deadline, and the machines
/// (one per call depth, so nested calls get fresh memory without allocating).
public final class EvaluationContext {
    public let limits: EvaluationLimits
    let resolver: ProgramResolver?
    let cancellation: CancellationFlag?
    /// Called by `dbg` with the memory text.
    public var debugOutput: ((String) -> Void)?

    struct CallKey: Hashable {
        let id: ProgramID
        let argument: Number
    }

    var seqCache: [CallKey: (Number, Int)] = [:]
    /// Incremental evaluators of `seq` callees of that shape, per callee and call depth (a
    /// caller evaluating a(n) for n = 0, 1, 2, … mostly calls them with rising arguments).
    struct CalleeSite: Hashable {
        let id: ProgramID
        let depth: Int
    }
    var incrementalCallees: [CalleeSite: IncrementalEvaluator] = [:]
    var plainCallees: Set<ProgramID> = []
    var compiled: [ProgramID: CompiledProgram] = [:]
    var missing: Set<ProgramID> = []
    var running: Set<ProgramID> = []
    var machines: [Machine] = []
    /// Absolute deadline in monotonic nanoseconds (0: none).
    var deadline: UInt64 = 0
    /// Deadline for the whole evaluation, independent of the per-term limit.
    public var overallDeadline: UInt64 = 0

    static let pollInterval = 4096

    public init(limits: EvaluationLimits = .standard, resolver: ProgramResolver? = nil, cancellation: CancellationFlag? = nil) {
        self.limits = limits
        self.resolver = resolver
        self.cancellation = cancellation
    }

    var pollsClock: Bool { deadline != 0 || cancellation != nil }

    func poll() throws(EvaluationError) {
        if let cancellation, cancellation.isCancelled { throw .cancelled }
        if deadline != 0 && monotonicNanoseconds() > deadline { throw .timeout }
    }

    func machine(_ depth: Int) -> Machine {
        while machines.count <= depth { machines.append(Machine(context: self, callDepth: machines.count)) }
        return machines[depth]
    }

    /// Forgets cached `seq` results and loaded callees.
    public func clearCaches() {
        seqCache = [:]
        compiled = [:]
        missing = []
        incrementalCallees = [:]
        plainCallees = []
    }

    /// `seq` results kept by a long-lived context before they are forgotten.
    static let seqCacheCapacity = 200_000
    var reuses = 0

    /// Keeps a long-lived context's memory bounded, and lets it see programs added to
    /// the folder since it last looked for them.
    func trimCaches() {
        if seqCache.count > EvaluationContext.seqCacheCapacity { seqCache.removeAll(keepingCapacity: true) }
        if incrementalCallees.count > 64 { incrementalCallees.removeAll() }
        reuses &+= 1
        if reuses % 65_536 == 0, !missing.isEmpty { missing.removeAll() }
    }

    /// Sets the deadline for the next term from the per-term and overall limits.
    func startTerm() {
        var d = overallDeadline
        if let t = limits.timeoutPerTerm {
            let termDeadline = monotonicNanoseconds() + UInt64(max(0, t) * 1e9)
            d = d == 0 ? termDeadline : min(d, termDeadline)
        }
        deadline = d
    }

    func compiledProgram(_ id: ProgramID) throws(EvaluationError) -> CompiledProgram {
        if let p = compiled[id] { return p }
        if missing.contains(id) { throw .programNotFound(id) }
        guard let resolver else {
            missing.insert(id)
            throw .programNotFound(id)
        }
        let program: Program
        do {
            program = try resolver.program(for: id)
        } catch {
            if case .fileOpen = error { missing.insert(id) }
            throw error
        }
        let p = try CompiledProgram(program, limits: limits)
        compiled[id] = p
        return p
    }

    func callSeq(_ id: ProgramID, _ argument: Number, callDepth: Int) throws(EvaluationError) -> (Number, Int) {
        let key = CallKey(id: id, argument: argument)
        if let hit = seqCache[key] { return hit }
        let callee = try compiledProgram(id)
        if argument < Number(callee.offset) { throw .invalidSeqArgument }
        if running.contains(id) { throw .recursion(id) }
        running.insert(id)
        defer { running.remove(id) }
        if let n = argument.intValue, let t = try incrementalCallee(id, callee, depth: callDepth)?.termOrFallBack(n) {
            seqCache[key] = (t.value, t.steps)
            return (t.value, t.steps)
        }
        let result = try machine(callDepth).run(callee, input: argument)
        seqCache[key] = result
        return result
    }

    /// The incremental evaluator for `id` called at `depth`, when the limits allow
    /// acceleration and the program has the shape; decided once per program.
    private func incrementalCallee(_ id: ProgramID, _ callee: CompiledProgram, depth: Int) -> IncrementalEvaluator? {
        guard limits.accelerated, !limits.bigNumberCost, !plainCallees.contains(id) else { return nil }
        let site = CalleeSite(id: id, depth: depth)
        if let ie = incrementalCallees[site] { return ie }
        guard let plan = IncrementalPlan.make(callee.program, limits: limits) else {
            plainCallees.insert(id)
            return nil
        }
        let ie = IncrementalEvaluator(plan: plan, context: self, depth: depth)
        incrementalCallees[site] = ie
        return ie
    }

    func callPrg(_ id: ProgramID, _ callee: CompiledProgram, _ arguments: [Number], outputs: Int, callDepth: Int) throws(EvaluationError) -> ([Number], Int) {
        if running.contains(id) { throw .recursion(id) }
        running.insert(id)
        defer { running.remove(id) }
        let m = machine(callDepth)
        let (_, steps) = try m.run(callee, inputs: arguments)
        return ((0..<outputs).map { m.value(at: $0) }, steps)
    }
}

extension Machine {
    /// Runs with cells `0..<inputs.count` preset (for `prg`).
    func run(_ p: CompiledProgram, inputs: [Number]) throws(EvaluationError) -> (Number, Int) {
        presetInputs = inputs
        defer { presetInputs = [] }
        return try run(p, input: inputs.first ?? .zero)
    }
}
