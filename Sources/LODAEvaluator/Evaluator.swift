import LODACore
import LODANumber

/// Evaluates a program as a sequence: a(offset), a(offset+1), ...
///
/// Memory is reset before every term; the `seq` cache lives as long as the evaluator.
public final class Evaluator {
    public var program: Program { compiled.program }
    public let compiled: CompiledProgram
    public let context: EvaluationContext
    /// Which evaluator computes the terms (decided once, from the program's shape).
    public enum Acceleration: String, Sendable {
        case plain, incremental, virtual
    }
    public let acceleration: Acceleration
    let incremental: IncrementalEvaluator?
    /// The program compiled with its blocks cut out, for the virtual evaluator.
    let virtual: CompiledProgram?
    /// Set when the blocks' results are rarely reused: the plain interpreter is then faster.
    private var virtualDisabled = false

    public init(
        _ program: Program, resolver: ProgramResolver? = nil, limits: EvaluationLimits = .standard,
        cancellation: CancellationFlag? = nil
    ) throws(EvaluationError) {
        compiled = try CompiledProgram(program, limits: limits)
        context = EvaluationContext(limits: limits, resolver: resolver, cancellation: cancellation)
        (acceleration, incremental, virtual) = Evaluator.accelerators(program, context)
    }

    /// The incremental evaluator where the program has its shape, else the virtual one where
    /// it has blocks to cut out, else neither.
    private static func accelerators(_ program: Program, _ context: EvaluationContext) -> (Acceleration, IncrementalEvaluator?, CompiledProgram?) {
        let limits = context.limits
        guard limits.accelerated, !limits.bigNumberCost else { return (.plain, nil, nil) }
        if let plan = IncrementalPlan.make(program, limits: limits) {
            return (.incremental, IncrementalEvaluator(plan: plan, context: context), nil)
        }
        if let plan = VirtualPlan.make(program, limits: limits), let compiled = try? CompiledProgram(program, virtual: plan, limits: limits) {
            return (.virtual, nil, compiled)
        }
        return (.plain, nil, nil)
    }

    /// An evaluator on a context that outlives it: the context's machines, compiled callees
    /// and `seq` results are reused, so a search that evaluates many short-lived programs
    /// under the same limits allocates them once. The context's overall deadline is cleared.
    public convenience init(_ program: Program, context: EvaluationContext) throws(EvaluationError) {
        self.init(try CompiledProgram(program, limits: context.limits), context: context, accelerate: true)
    }

    /// An evaluator of compact code (offset 0) on a context that outlives it, as above; never
    /// accelerated (the miner screens candidates on a few terms).
    public convenience init(compact code: [CompactInstruction], context: EvaluationContext) throws(EvaluationError) {
        self.init(try CompiledProgram(compact: code, limits: context.limits), context: context, accelerate: false)
    }

    private init(_ compiled: CompiledProgram, context: EvaluationContext, accelerate: Bool) {
        self.compiled = compiled
        self.context = context
        context.overallDeadline = 0
        context.trimCaches()
        (acceleration, incremental, virtual) = accelerate ? Evaluator.accelerators(compiled.program, context) : (.plain, nil, nil)
    }

    /// Which evaluator computed the last term (an accelerated program falls back to the
    /// plain interpreter for terms it cannot serve).
    public private(set) var lastTermEvaluator: Acceleration = .plain

    /// Computes a(n) and the steps it took.
    public func term(_ n: Int) throws(EvaluationError) -> Term {
        context.startTerm()
        lastTermEvaluator = .plain
        if let t = try incremental?.termOrFallBack(n) {
            lastTermEvaluator = .incremental
            return t
        }
        if let virtual, !virtualDisabled {
            do {
                let (value, steps) = try context.machine(0).run(virtual, input: Number(n))
                let use = virtual.blockUse
                if use.calls >= 20_000 && use.hits * 8 < use.calls { virtualDisabled = true }
                lastTermEvaluator = .virtual
                return Term(n: n, value: value, steps: steps)
            } catch {
                if error == .timeout || error == .cancelled { throw error }
            }
        }
        let (value, steps) = try context.machine(0).run(compiled, input: Number(n))
        return Term(n: n, value: value, steps: steps)
    }

    /// Computes `count` terms from the program's offset (or `start`), calling
    /// `onTerm` as each one is ready, and stops at the first error.
    @discardableResult
    public func evaluate(count: Int, from start: Int? = nil, onTerm: (Term) -> Void = { _ in }) -> EvaluationRun {
        var terms: [Term] = []
        terms.reserveCapacity(max(0, min(count, 100_000)))
        let first = start ?? compiled.offset
        for i in 0..<max(0, count) {
            do {
                let t = try term(first + i)
                terms.append(t)
                onTerm(t)
            } catch {
                return EvaluationRun(terms: terms, error: error)
            }
        }
        return EvaluationRun(terms: terms, error: nil)
    }

    /// The machine that ran the last top-level term (its memory is left as the run left it).
    public var topMachine: Machine { context.machine(0) }
}
