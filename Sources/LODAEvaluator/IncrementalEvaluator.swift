import GMPShim
import LODANumber

/// Runs a program of an `IncrementalPlan`'s shape term after term, keeping the loop's state
/// between terms so that a(n) runs only the iterations a(n−1) did not.
///
/// A term runs the code before the loop as usual; if the cells the loop reads on entry hold
/// what they held for the cached iterations, the cached state is extended by the missing
/// iterations (otherwise it starts again from this entry). The state after the loop is then
/// put together in the term's own memory, the rolled-back last iteration and the code after
/// the loop run there as usual, and the steps are added up as the plain interpreter counts
/// them. `term` answers nil (and the caller evaluates plainly) whenever the plain run would
/// fail or cross a limit, so errors and their texts are always the plain interpreter's.
final class IncrementalEvaluator {
    let plan: IncrementalPlan
    let context: EvaluationContext
    /// Holds the cached iterations' cells (its own machine, so that terms can reuse them).
    let loop: Machine
    private var entryValues: [Number]?
    /// `repeated`: iterations in `loop`'s state and their steps (each with its `lpe`).
    private var done = 0
    private var doneSteps = 0
    private var loaded = false
    /// `summed`: per residue of the counter modulo the decrement, the highest counter value
    /// run, the sums, the scratch cells after the lowest iteration, and the steps.
    private struct Residue {
        var top: Int
        var sums: [Number]
        var scratch: [Number]
        var steps: Int
        var iterations: Int
        var bits: Int
    }
    private var residues: [Int: Residue] = [:]
    /// The residue whose sums `loop` holds.
    private var current: Int?
    private var reused = 0
    /// Iterations run on the cached state so far (the rolled-back ones not counted).
    private(set) var iterations = 0
    private var restarts = 0
    /// Set when terms keep failing to reuse anything, or sums grow near the number limit.
    private(set) var disabled = false

    /// The call depth whose machine the terms run on: 0 for the evaluated program, more for a
    /// program called by `seq`.
    let depth: Int

    init(plan: IncrementalPlan, context: EvaluationContext, depth: Int = 0) {
        self.plan = plan
        self.context = context
        self.depth = depth
        loop = Machine(context: context, callDepth: depth)
    }

    /// Forgets the cached iterations (after an error left them half done).
    func invalidate() {
        entryValues = nil
        loaded = false
        residues = [:]
        current = nil
    }

    private func over(_ steps: Int) -> Bool {
        context.limits.maxSteps >= 0 && steps > context.limits.maxSteps
    }

    /// a(n) with its plain step count, or nil when the caller is to evaluate it plainly (also
    /// after an error, which the plain run meets again with the plain interpreter's text);
    /// throws only timeouts and cancellation.
    func termOrFallBack(_ n: Int) throws(EvaluationError) -> Term? {
        guard !disabled else { return nil }
        do {
            return try term(n)
        } catch {
            invalidate()
            if error == .timeout || error == .cancelled { throw error }
            return nil
        }
    }

    /// a(n) with its plain step count, or nil when this term is to be evaluated plainly.
    func term(_ n: Int) throws(EvaluationError) -> Term? {
        let m0 = context.machine(depth)
        let (_, preSteps) = try m0.run(plan.pre, input: Number(n))
        guard let c = m0.smallValue(at: plan.counter) else { return nil }
        let entry = plan.entry.map { m0.value(at: $0) }
        if entry != entryValues {
            if entryValues != nil { restarts += 1 }
            if restarts >= 8 && restarts > 2 * reused {
                disabled = true
                return nil
            }
            invalidate()
            entryValues = entry
        } else {
            reused += 1
        }
        let (count, final) = plan.iterations(c)
        var loopSteps = 0
        if count > 0 {
            switch plan.kind {
            case .repeated:
                guard let s = try repeated(c, count, entry, preSteps) else { return nil }
                loopSteps = s
                for x in plan.cells { m0.writeNumber(x, loop.value(at: x)) }
            case .summed:
                guard let r = try summed(c, entry, preSteps) else { return nil }
                loopSteps = r.steps
                for x in plan.sums { m0.writeNumber(x, loop.value(at: x)) }
                for (x, v) in zip(plan.scratch, r.scratch) { m0.writeNumber(x, v) }
            }
        }
        m0.writeNumber(plan.counter, Number(final))
        // The iteration that is rolled back: run for its steps (and errors), then undone.
        let saved = plan.cells.map { m0.value(at: $0) }
        let rejected = try m0.execute(plan.body)
        for (x, v) in zip(plan.cells, saved) { m0.writeNumber(x, v) }
        m0.writeNumber(plan.counter, Number(final))
        var steps = preSteps + 1 + loopSteps + rejected + 1
        if over(steps) { return nil }
        steps += try m0.execute(plan.post)
        if over(steps) { return nil }
        return Term(n: n, value: m0.value(at: 0), steps: steps)
    }

    /// Brings `loop` to `count` iterations; their steps, or nil past the step limit.
    private func repeated(_ c: Int, _ count: Int, _ entry: [Number], _ preSteps: Int) throws(EvaluationError) -> Int? {
        if !loaded || count < done {
            loop.resetMemory(baseUsed: plan.body.baseUsed)
            for (x, v) in zip(plan.entry, entry) { loop.writeNumber(x, v) }
            done = 0
            doneSteps = 0
            loaded = true
        }
        while done < count {
            if over(preSteps + 1 + doneSteps) { return nil }
            // the counter as the plain run has it at the head of this iteration
            loop.writeNumber(plan.counter, Number(c - done * plan.decrement))
            doneSteps += try loop.execute(plan.body) + 1
            done += 1
            iterations += 1
        }
        return over(preSteps + 1 + doneSteps) ? nil : doneSteps
    }

    /// Adds the iterations above the cached ones for the counter's residue (or runs them all);
    /// the residue's state, or nil past the step limit or near the number limit.
    private func summed(_ c: Int, _ entry: [Number], _ preSteps: Int) throws(EvaluationError) -> Residue? {
        let k = plan.decrement
        let residue = c % k
        let lowest = plan.truncating ? (residue > 0 ? residue : k) : residue + k
        if current != residue {
            if let cur = current, var r = residues[cur] {
                r.sums = plan.sums.map { loop.value(at: $0) }
                residues[cur] = r
            }
            loop.resetMemory(baseUsed: plan.body.baseUsed)
            for (x, v) in zip(plan.entry, entry) { loop.writeNumber(x, v) }
            if let r = residues[residue] {
                for (x, v) in zip(plan.sums, r.sums) { loop.writeNumber(x, v) }
            }
            current = residue
        }
        var r: Residue
        if let cached = residues[residue], c >= cached.top {
            r = cached
        } else {
            for (x, v) in zip(plan.entry, entry) where plan.sums.contains(x) { loop.writeNumber(x, v) }
            r = Residue(
                top: lowest - k, sums: [], scratch: [], steps: 0, iterations: 0,
                bits: plan.sums.map { loop.bitLength(at: $0) }.max() ?? 0)
        }
        let fresh = r.iterations == 0
        var v = c
        while v > r.top {
            if over(preSteps + 1 + r.steps) {
                residues[residue] = nil
                current = nil
                return nil
            }
            loop.writeNumber(plan.counter, Number(v))
            r.steps += try loop.execute(plan.body) + 1
            r.iterations += 1
            iterations += 1
            for x in plan.sums { r.bits = max(r.bits, loop.bitLength(at: x)) }
            if fresh && v == lowest { r.scratch = plan.scratch.map { loop.value(at: $0) } }
            v -= k
        }
        r.top = max(r.top, c)
        residues[residue] = r
        // Partial sums in the plain order differ from these; all stay below 2^(bits+2)·iterations.
        if r.bits + 2 + (Int.bitWidth - r.iterations.leadingZeroBitCount) >= Number.limitBits - 16 {
            disabled = true
            return nil
        }
        return over(preSteps + 1 + r.steps) ? nil : r
    }
}

extension Machine {
    /// The number of bits of |cell i|.
    func bitLength(at i: Int) -> Int {
        if i < used {
            let c = memory.cells[i]
            return c.big ? Int(lgmp_bitlength(memory.slots + i)) : (c.v == 0 ? 0 : Int.bitWidth - c.v.magnitude.leadingZeroBitCount)
        }
        return value(at: i).bitLength
    }
}
