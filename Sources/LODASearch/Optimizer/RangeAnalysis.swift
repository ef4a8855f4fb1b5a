import LODACore
import LODANumber

/// Forward analysis: the range of every cell before every instruction, and which
/// instructions may fail (for some input that fits in 64 bits).
///
/// Loops follow LODA's rules: the body runs from the state at the loop head, an accepted
/// iteration leaves a counter of at least 0, and the loop ends in the state at the head of
/// the rejected iteration. A loop whose cells are all known constants on entry is run
/// concretely (up to a number of iterations), so its results are known exactly.
struct RangeAnalysis {
    let facts: CodeFacts
    /// The state before each instruction (for loop bodies, over all iterations).
    private(set) var before: [RangeState?]
    /// Whether the instruction may fail in some run.
    private(set) var mayFail: [Bool]
    /// The state after the whole code.
    private(set) var exit: RangeState
    /// The state after each loop (by its `lpb` index) whose every run was computed exactly
    /// from constants.
    private(set) var constantExits: [Int: RangeState] = [:]
    private var rangeLoops = Set<Int>()

    /// Iterations a constant loop is run for before the analysis falls back to ranges.
    static let concreteIterations = 1000

    init(_ facts: CodeFacts) {
        self.facts = facts
        before = Array(repeating: nil, count: facts.code.count)
        mayFail = Array(repeating: false, count: facts.code.count)
        exit = RangeState(cellCount: facts.cellCount)
        var state = exit
        run(0..<facts.code.count, &state, record: true)
        exit = state
    }

    /// The range of an operand's value in `state`.
    static func value(_ o: Operand, _ state: RangeState) -> ValueRange {
        switch o {
        case .constant(let n): return n.isWithinLimit ? .constant(n) : .any
        case .direct(let n): return state[n.intValue!]
        case .indirect: return .any
        }
    }

    /// Whether reading the operand may fail (a pointer that may be negative).
    static func readMayFail(_ o: Operand, _ state: RangeState) -> Bool {
        if case .indirect(let p) = o { return !(state[p.intValue!].atLeast(0) && state[p.intValue!].atMost(Int.max)) }
        if case .constant(let n) = o { return !n.isWithinLimit }
        return false
    }

    mutating func note(_ i: Int, _ state: RangeState, record: Bool, fails: Bool) {
        guard record else { return }
        before[i] = before[i].map { $0.union(state) } ?? state
        if fails { mayFail[i] = true }
    }

    /// Runs the instructions of `range` on `state`; returns whether some instruction may fail.
    @discardableResult
    mutating func run(_ range: Range<Int>, _ state: inout RangeState, record: Bool) -> Bool {
        var failed = false
        var i = range.lowerBound
        while i < range.upperBound {
            let ins = facts.code[i]
            if ins.opcode == .lpb {
                if runLoop(i, &state, record: record) { failed = true }
                i = facts.partner[i] + 1
                continue
            }
            if record {
                let prior = state
                let fails = transfer(ins, &state)
                note(i, prior, record: true, fails: fails)
                if fails { failed = true }
            } else if transfer(ins, &state) {
                failed = true
            }
            i += 1
        }
        return failed
    }

    /// The direct counter cell of a counter-mode loop.
    func counter(_ b: Int) -> Int? {
        guard !facts.regionMode, case .direct(let n) = facts.code[b].target else { return nil }
        return n.intValue!
    }

    /// Runs the loop whose `lpb` is at `b`; returns whether something in it may fail.
    mutating func runLoop(_ b: Int, _ state: inout RangeState, record: Bool) -> Bool {
        let e = facts.partner[b]
        let lpb = facts.code[b]
        let entry = state
        var lpbFails = RangeAnalysis.readMayFail(lpb.target, state) || RangeAnalysis.readMayFail(lpb.source, state)
        if facts.regionMode {
            if case .constant = lpb.target { lpbFails = true }
            if !RangeAnalysis.value(lpb.source, state).atMost(2000) { lpbFails = true }
        }
        note(b, entry, record: record, fails: lpbFails)
        let body = facts.body(b)
        if let c = counter(b), let (exitState, failed) = runConcretely(b, counter: c, entry, record: record) {
            if record && !rangeLoops.contains(b) {
                constantExits[b] = constantExits[b].map { $0.union(exitState) } ?? exitState
            }
            state = exitState
            return failed || lpbFails
        }
        // A loop whose counter cannot go down never accepts an iteration: one pass, rolled back.
        var neverAccepted = false
        if !facts.regionMode {
            if let c = counter(b) {
                let written = body.contains { facts.effects[$0].writesAll || facts.effects[$0].writes.contains(c) }
                neverAccepted = !written || entry[c].atMost(0)
            } else if case .constant = lpb.target {
                neverAccepted = true
            }
        }
        var head = entry
        if !neverAccepted {
            var round = 0
            var triedLinear = false
            while true {
                let s = iterate(b, from: head)
                let joined = head.union(s)
                if joined == head { break }
                if round >= 1 && !triedLinear, let c = counter(b), let k = entry[c].hi, k.signum >= 0 {
                    triedLinear = true
                    if let linear = linearHead(b, entry: entry, head: head, joined: joined, iterations: k) {
                        head = linear
                        break
                    }
                }
                head = round < 2 ? joined : head.widened(to: joined)
                round += 1
            }
        }
        if record {
            rangeLoops.insert(b)
            constantExits[b] = nil
        }
        var s = head
        let failed = run(body, &s, record: record)
        note(e, s, record: record, fails: false)
        state = head
        return failed || lpbFails
    }

    /// The state after one accepted iteration of the loop at `b` from `head`.
    mutating func iterate(_ b: Int, from head: RangeState) -> RangeState {
        var s = head
        run(facts.body(b), &s, record: false)
        // an accepted iteration leaves the counter at 0 or more
        if let c = counter(b) { s[c] = s[c].clampedBelow(0) }
        return s
    }

    /// How much each cell may change over one iteration of the loop at `b` started in a
    /// state within `head`: exact sums for `add`/`sub` in the body itself, the difference of
    /// the ranges elsewhere.
    mutating func iterationChanges(_ b: Int, from head: RangeState) -> (post: RangeState, change: [ValueRange]) {
        func difference(_ now: ValueRange, _ then: ValueRange) -> ValueRange { RangeArithmetic.add(now, RangeArithmetic.negate(then)).0 }
        var s = head
        var change = [ValueRange](repeating: .zero, count: facts.cellCount)
        var i = b + 1
        let e = facts.partner[b]
        while i < e {
            let ins = facts.code[i]
            if ins.opcode == .lpb {
                let end = facts.partner[i]
                _ = runLoop(i, &s, record: false)
                for k in i...end { for x in facts.effects[k].writes where x < change.count { change[x] = difference(s[x], head[x]) } }
                i = end + 1
                continue
            }
            let prior = s
            _ = transfer(ins, &s)
            for x in facts.effects[i].writes where x < change.count {
                if ins.opcode == .add || ins.opcode == .sub, case .direct = ins.target {
                    let v = RangeAnalysis.value(ins.source, prior)
                    change[x] = RangeArithmetic.add(change[x], ins.opcode == .add ? v : RangeArithmetic.negate(v)).0
                } else {
                    change[x] = difference(s[x], head[x])
                }
            }
            i += 1
        }
        if let c = counter(b) { s[c] = s[c].clampedBelow(0) }
        return (s, change)
    }

    /// A head state for a counter loop that accepts at most `k` iterations (its counter is at
    /// most `k` on entry and every accepted iteration lowers it by at least 1), in which cells
    /// that kept growing in `joined` grow linearly: from their entry range by at most their
    /// change per iteration, `k` times. Verified by induction: from any state within it, one
    /// iteration keeps the other cells within it and changes the growing ones by at most the
    /// assumed amounts. Nil when that cannot be shown.
    mutating func linearHead(_ b: Int, entry: RangeState, head: RangeState, joined: RangeState, iterations k: Number) -> RangeState? {
        if facts.body(b).contains(where: { facts.effects[$0].writesAll }) { return nil }
        let growing = joined.cells.indices.filter { joined.cells[$0] != head.cells[$0] }
        var change = iterationChanges(b, from: joined).change
        var bounded = joined
        for _ in 0..<4 {
            var candidate = bounded
            for x in growing {
                let d = change[x], start = entry[x]
                func scaled(_ v: Number?) -> Number? { v.flatMap { Semantics.calc(.mul, $0, k) } }
                let lo: Number? =
                    d.lo.map { $0.signum >= 0 } == true
                    ? start.lo
                    : scaled(d.lo).flatMap { m in start.lo.flatMap { Semantics.calc(.add, $0, m) } }
                let hi: Number? =
                    d.hi.map { $0.signum <= 0 } == true
                    ? start.hi
                    : scaled(d.hi).flatMap { m in start.hi.flatMap { Semantics.calc(.add, $0, m) } }
                candidate[x] = ValueRange(lo: lo, hi: hi).union(joined[x])
            }
            let (post, next) = iterationChanges(b, from: candidate)
            var holds = true
            for x in candidate.cells.indices {
                if growing.contains(x) {
                    if !ValueRange.within(next[x], change[x]) { holds = false }
                } else if !ValueRange.within(post[x], candidate[x]) {
                    holds = false
                    bounded[x] = candidate[x].widened(to: candidate[x].union(post[x]))
                }
            }
            if holds { return candidate }
            for x in growing { change[x] = change[x].union(next[x]) }
        }
        return nil
    }

    /// Budget of instructions for running loops concretely, per analysis.
    private var concreteBudget = 50_000

    /// A counter loop whose cells are all constants on entry, run iteration by iteration:
    /// the exact state after it, and whether it failed; nil when that is not possible.
    mutating func runConcretely(_ b: Int, counter c: Int, _ entry: RangeState, record: Bool) -> (RangeState, Bool)? {
        let e = facts.partner[b]
        for i in b...e {
            let effect = facts.effects[i]
            if effect.readsAll || effect.writesAll || effect.observable { return nil }
            if (effect.reads + effect.writes).contains(where: { entry[$0].constant == nil }) { return nil }
        }
        var s = entry
        for _ in 0..<RangeAnalysis.concreteIterations {
            guard let previous = s[c].constant else { return nil }
            concreteBudget -= e - b
            if concreteBudget < 0 { return nil }
            var t = s
            if run(facts.body(b), &t, record: record) { return nil }
            guard let v = t[c].constant else { return nil }
            if v.signum < 0 || !(v < previous) { return (s, false) }
            s = t
        }
        return nil
    }

    /// Applies one instruction (not a loop) to `state`; returns whether it may fail.
    func transfer(_ ins: Instruction, _ state: inout RangeState) -> Bool {
        switch ins.opcode.kind {
        case .nop, .debug, .loopBegin, .loopEnd: return false
        case .arithmetic:
            let op = ins.opcode.arithmetic!
            var fails = RangeAnalysis.readMayFail(ins.source, state) || RangeAnalysis.readMayFail(ins.target, state)
            let (r, f) = RangeArithmetic.apply(op, RangeAnalysis.value(ins.target, state), RangeAnalysis.value(ins.source, state))
            fails = fails || f
            switch ins.target {
            case .direct(let n): state[n.intValue!] = r
            case .indirect(let p):
                let pointer = state[p.intValue!]
                if !(pointer.atLeast(0) && pointer.atMost(2000)) { fails = true }
                state.forgetAll()
            case .constant: return true
            }
            return fails
        case .region:
            return region(ins, &state)
        case .seq:
            if case .direct(let n) = ins.target { state[n.intValue!] = .any } else { state.forgetAll() }
            return true
        case .prg:
            state.forgetAll()
            return true
        }
    }

    func region(_ ins: Instruction, _ state: inout RangeState) -> Bool {
        guard case .direct(let s) = ins.target, case .constant(let l) = ins.source, let len = l.intValue,
            len.magnitude <= CodeFacts.regionLimit.magnitude
        else {
            state.forgetAll()
            return true
        }
        let start = s.intValue!
        guard let cells = CodeFacts.region(start: start, length: len) else { return false }
        let negative = cells.lowerBound < 0
        switch ins.opcode {
        case .clr:
            for c in cells where c >= 0 { state[c] = .zero }
            return false
        case .fil:
            if negative { return true }
            let v = state[start]
            for c in cells { state[c] = v }
            return false
        default:
            if negative { return true }
            let values = cells.map { state[$0] }
            if values.allSatisfy({ $0.constant != nil }) {
                // rol: the first value goes last; ror: the last goes first
                let rotated = ins.opcode == .rol ? Array(values.dropFirst()) + [values[0]] : [values.last!] + values.dropLast()
                for (c, v) in zip(cells, rotated) { state[c] = v }
            } else {
                let v = values.dropFirst().reduce(values[0]) { $0.union($1) }
                for c in cells { state[c] = v }
            }
            return false
        }
    }
}
