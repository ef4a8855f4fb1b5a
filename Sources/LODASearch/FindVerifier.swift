import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// The verification pipeline of one worker: the hits of a candidate that survived screening,
/// lookup and prediction are extended into programs, checked quickly on the first terms, then
/// on every known term (and beyond them, see `MiningSession+BeyondKnownTerms`), minimized and
/// handed to the sink; all within the candidate's time budget. It holds the evaluation
/// contexts, the match finder and the minimizer the worker reuses, and its own counters.
struct FindVerifier {
    let session: MiningSession
    let worker: Int
    /// Contexts for the quick check (a few terms, plain interpreter) and the full check.
    let quickContext: EvaluationContext
    let fullContext: EvaluationContext
    let finder: MatchFinder
    let minimizer: Minimizer
    /// Counters not yet added to the session's.
    var local = MiningStatistics()

    /// A candidate with hits: its code and length, its evaluator, the cells it screened, the
    /// hits by cell with whether prediction left them alive, the cells' terms and keys, the
    /// term at which its evaluation failed (if it did), and when verification started.
    struct Candidate {
        var code: [CompactInstruction]
        var length: UInt8
        var evaluator: Evaluator
        var cells: Int
        var hits: [(Int, SequenceMatch)]
        var alive: [Bool]
        var vectors: [[Int]]
        var cellKeys: [UInt64]
        var failedAt: Int?
        var started: UInt64
    }

    init(session: MiningSession, worker: Int) {
        self.session = session
        self.worker = worker
        let profile = session.profile
        // (the quick check runs a few terms: deciding the accelerators would cost more than it saves)
        var quickLimits = EvaluationLimits(maxSteps: profile.screeningSteps * 2)
        quickLimits.accelerated = false
        // Finds that need more than `checkSteps` per term are left to a profile with a bigger budget.
        let fullLimits = EvaluationLimits(maxSteps: profile.checkSteps ?? MiningProfile.defaultCheckSteps)
        quickContext = EvaluationContext(limits: quickLimits, resolver: session.resolver)
        fullContext = EvaluationContext(limits: fullLimits, resolver: session.resolver)
        finder = MatchFinder(index: session.index, resolver: session.resolver)
        minimizer = Minimizer(resolver: session.resolver, limits: fullLimits, screeningSteps: quickLimits.maxSteps, clock: session.clock)
    }

    /// Per cell with hits: whether it was settled before (skip), has only had hits settled by
    /// prediction or claims so far (pending), or has had a hit that needed more (open).
    enum CellState { case none, skip, pending, open }

    /// What verifying one candidate keeps from hit to hit.
    struct Pass {
        let candidate: Candidate
        /// The cells' terms, extended once for the first hit that survives the cheap tests.
        var vectors: [[Int]]
        var failedAt: Int?
        var extended = false
        /// Claimed sequences, with the length a program must beat to replace the stored one.
        let claimed: [Int: Int]
        let deadline: UInt64
        var tried = Set<Int>()
        var found = Set<Int>()
        /// First terms of each distinct extended program, computed once per candidate.
        var firstTerms: [Program: [Number]] = [:]
        var state: [CellState]
        /// The key of each cell's terms as screened, with the term its evaluation failed at.
        var settledKey: [UInt64]
        /// The candidate as a program, built for the first hit that needs it.
        var program: Program?
        /// Set when the time budget ran out before every hit was tried.
        var cut = false
    }

    /// A hit that passed the cheap tests, with what the checks need.
    struct Admitted {
        let cell: Int
        let hit: SequenceMatch
        let sequence: IntegerSequence
        /// The hit's memory key (its terms so far with the target): repeated rejections skip it.
        let pairKey: UInt64
        /// The target's terms predicted from the candidate's (nil for matchers that cannot predict).
        let predicted: [Int]?
        /// The sequence is claimed: the candidate may improve its program.
        let improving: Bool
        /// Checked only to compare its terms after the known ones with the stored program's.
        let probing: Bool
    }

    /// Extends and checks the hits of one candidate within its time budget; stores finds.
    mutating func verify(_ c: Candidate, memory: inout WorkerMemory, onFind: (Find) -> Void) {
        var pass = begin(c, memory: memory)
        for (i, (k, hit)) in c.hits.enumerated() where pass.state[k] != .skip {
            guard let admitted = admit(i, cell: k, hit, &pass, memory: &memory) else {
                if pass.cut { break }
                continue
            }
            guard let (target, evaluator, result) = check(admitted, &pass, memory: &memory) else { continue }
            keep(admitted, target, evaluator, result, &pass, memory: &memory, onFind: onFind)
        }
        // Cells whose every hit fell to prediction on these terms: the same terms again settle nothing new.
        if !pass.cut {
            for k in 0..<c.cells where pass.state[k] == .pending || pass.state[k] == .skip {
                if pass.state[k] == .pending { memory.settle(pass.settledKey[k], length: c.length) }
                memory.noteBarren(c.cellKeys[k], length: c.length)
            }
        }
    }

    /// The pass over a candidate's hits: claims read once, cells settled before skipped.
    mutating func begin(_ c: Candidate, memory: WorkerMemory) -> Pass {
        let claimed: [Int: Int] = session.shared.withLock { s in
            var out: [Int: Int] = [:]
            for (_, hit) in c.hits where s.claimed.contains(hit.sequence) { out[hit.sequence] = s.best[hit.sequence] ?? 0 }
            return out
        }
        var state = [CellState](repeating: .none, count: c.cells)
        var settledKey = [UInt64](repeating: 0, count: c.cells)
        for (k, _) in c.hits where state[k] == .none {
            settledKey[k] = WorkerMemory.pair(WorkerMemory.key(c.vectors[k], cell: k), -1 - (c.failedAt ?? -1))
            if memory.isSettled(settledKey[k], length: c.length) {
                state[k] = .skip
                local.settledCells += 1
            } else {
                state[k] = .pending
            }
        }
        // Verification: extend, check every known term; all of it within the candidate's time budget.
        return Pass(
            candidate: c, vectors: c.vectors, failedAt: c.failedAt, claimed: claimed,
            deadline: c.started + UInt64(session.profile.verifySeconds * 1e9), state: state, settledKey: settledKey)
    }

    /// The cheap tests of hit `i` (cell `k`): prediction, claims, the deadline, earlier
    /// rejections of the same pair; nil when it goes no further (`pass.cut` when time is up).
    mutating func admit(_ i: Int, cell k: Int, _ hit: SequenceMatch, _ pass: inout Pass, memory: inout WorkerMemory) -> Admitted? {
        let c = pass.candidate
        if !c.alive[i] {
            local.rejectedPredicted += 1
            return nil
        }
        if pass.found.contains(hit.sequence) { return nil }
        // A program calling its own sequence is never stored (the sink checks calls through other programs).
        let number = session.index.database.id(at: hit.sequence).number
        if c.code.contains(where: { $0.opcode == .seq && $0.sourceMode == .constant && $0.source == number }) { return nil }
        // A claimed sequence only for a candidate shorter than its stored program, or as a
        // probe: checked only to compare its terms after the known ones with the stored program's.
        let improving = pass.claimed[hit.sequence] != nil
        var probing = false
        if let stored = pass.claimed[hit.sequence], c.code.count + (k == 0 ? 0 : 1) >= stored {
            let profile = session.profile
            guard profile.probes > 0, session.bfiles == nil,
                session.shared.withLock({ s in
                    s.extensions[hit.sequence] != nil && !s.ambiguous.contains(hit.sequence) && s.probes[hit.sequence, default: 0] < profile.probes
                })
            else { return nil }
            probing = true
        }
        guard pass.tried.insert(hit.sequence &* 64 &+ k).inserted else { return nil }
        if session.clock() >= pass.deadline {
            pass.cut = true
            return nil
        }
        let sequence = session.index.database.sequences[hit.sequence]
        // A candidate whose evaluation failed (an error or its step budget) before the terms
        // the quick check needs cannot yield a program that passes it.
        if let failedAt = pass.failedAt, failedAt + 1 < min(sequence.terms.count, MiningSession.quickTerms) {
            local.rejectedPredicted += 1
            return nil
        }
        // Quick reject from the candidate's own terms, when the matcher can predict the target's.
        let matcher = session.index.matchers[hit.matcher]
        let early = matcher.predict(pass.vectors[k], candidate: hit.candidate, target: hit.target)
        if let early, !MiningSession.agrees(early, sequence) {
            local.rejectedPredicted += 1
            return nil
        }
        pass.state[k] = .open
        // The target's predicted terms so far (or the cell's own, for matchers that cannot
        // predict) with the target: after repeated rejections of the pair, it is not tried again.
        let pairKey = WorkerMemory.pair(WorkerMemory.key(early ?? pass.vectors[k], cell: early == nil ? k : 0), hit.sequence)
        if memory.rejectionCount(pairKey) >= WorkerMemory.rejectionsBeforeSkipping {
            local.memoRejected += 1
            return nil
        }
        // Survived: compute more of the candidate's own terms once, and predict again.
        if !pass.extended {
            pass.extended = true
            let known = pass.vectors[0].count
            if pass.failedAt == nil, known == pass.vectors.prefix(c.cells).map(\.count).max() {
                let reached = MiningSession.extend(&pass.vectors, cells: c.cells, c.evaluator, from: known, to: MiningSession.extendedTerms)
                if reached < MiningSession.extendedTerms { pass.failedAt = reached }
            }
        }
        let predicted = matcher.predict(pass.vectors[k], candidate: hit.candidate, target: hit.target)
        if let predicted, !MiningSession.agrees(predicted, sequence) {
            local.rejectedPredicted += 1
            memory.noteRejection(pairKey)
            return nil
        }
        return Admitted(cell: k, hit: hit, sequence: sequence, pairKey: pairKey, predicted: predicted, improving: improving, probing: probing)
    }

    /// The admitted hit's program, checked on a few more terms than the key (on a moderate
    /// budget, unless the prediction already covered them), then on every known term.
    mutating func check(_ a: Admitted, _ pass: inout Pass, memory: inout WorkerMemory) -> (Program, Evaluator, CheckResult)? {
        if pass.program == nil { pass.program = Program(compact: pass.candidate.code) }
        var candidate = pass.program!
        if a.cell != 0 { candidate.instructions.append(Instruction(.mov, .cell(0), .cell(a.cell))) }
        guard let target = finder.targetProgram(candidate, a.hit) else { return nil }
        let quick = a.sequence.terms.prefix(MiningSession.quickTerms)
        if let predicted = a.predicted, predicted.count >= quick.count {
            pass.firstTerms[target] = Array(quick)
        } else if pass.firstTerms[target] == nil {
            var computed: [Number] = []
            if let q = try? Evaluator(target, context: quickContext) {
                computed = q.evaluate(count: MiningSession.quickTerms).values
            }
            pass.firstTerms[target] = computed
        }
        guard let computed = pass.firstTerms[target], computed.count >= quick.count, zip(computed, quick).allSatisfy({ $0 == $1 }) else {
            local.rejectedEarly += 1
            if let computed = pass.firstTerms[target], computed.count >= quick.count { memory.noteRejection(a.pairKey) }
            return nil
        }
        guard let e = try? Evaluator(target, context: fullContext) else { return nil }
        let result = session.timed(e, until: pass.deadline, &local) { e.check(against: a.sequence.terms) }
        guard result.status != .error else {
            local.rejectedLate += 1
            if result.firstMismatch != nil { memory.noteRejection(a.pairKey) }
            return nil
        }
        return (target, e, result)
    }

    /// A program that passed the known terms: a probe is compared with the stored program;
    /// otherwise the checks beyond the known terms, the claim, the minimizer and the sink.
    mutating func keep(
        _ a: Admitted, _ target: Program, _ e: Evaluator, _ result: CheckResult, _ pass: inout Pass,
        memory: inout WorkerMemory, onFind: (Find) -> Void
    ) {
        let (hit, sequence, deadline, clock) = (a.hit, a.sequence, pass.deadline, session.clock)
        if a.probing {
            session.shared.withLock { s in s.probes[hit.sequence, default: 0] += 1 }
            local.probes += 1
            _ = session.contradictsStored(e, sequence, position: hit.sequence, until: deadline, &local)
            pass.found.insert(hit.sequence)
            return
        }
        local.verified += 1
        pass.found.insert(hit.sequence)
        // Beyond the known terms, before the sequence is claimed (only for one not claimed yet).
        var goal = sequence
        var verifiedResult = result
        if session.checksBeyond, a.improving || !session.shared.withLock({ $0.claimed.contains(hit.sequence) }) {
            switch session.beyondKnownTerms(e, target, sequence, result, until: deadline, &local) {
            case .pass(let g, let v):
                (goal, verifiedResult) = (g, v)
            case .refused(let mismatch):
                local.rejectedBeyond += 1
                if mismatch { memory.noteRejection(a.pairKey) }
                return
            case .underdetermined:
                local.rejectedUnderdetermined += 1
                return
            }
        }
        // A shorter program that contradicts the stored one right after the known terms.
        let decidable = goal.terms.count == sequence.terms.count && session.profile.withdrawAmbiguous ?? true
        if a.improving, decidable, session.contradictsStored(e, sequence, position: hit.sequence, until: deadline, &local) { return }
        let mine = session.shared.withLock { s in s.claimed.insert(hit.sequence).inserted }
        guard mine || a.improving else { return }
        let s0 = clock()
        defer { local.storeNanos += clock() - s0 }
        let remaining = Double(deadline > clock() ? deadline - clock() : 0) / 1e9
        let m0 = clock()
        var final = target
        var figures: FindFigures?
        if session.profile.minimize && remaining > 0.01 {
            (final, figures) = minimizer.minimizeWithFigures(target, for: goal, seconds: remaining, verified: verifiedResult)
        }
        local.minimizeNanos += clock() - m0
        if a.improving, let stored = pass.claimed[hit.sequence], final.code.count >= stored { return }
        let outcome = session.sink.accept(final, for: sequence, worker: worker, figures: figures)
        if outcome == .kept { return }
        let length = final.code.count
        session.shared.withLock { s in
            if s.best[hit.sequence].map({ length < $0 }) ?? true { s.best[hit.sequence] = length }
        }
        if outcome == .added { local.finds += 1 } else { local.improvements += 1 }
        if decidable { session.noteStored(final, sequence, position: hit.sequence, context: fullContext, until: deadline) }
        let find = Find(sequence: sequence, matcher: session.index.matchers[hit.matcher].name, program: final, outcome: outcome, worker: worker)
        session.shared.withLock { s in
            s.recent.append(find.program)
            s.finds.append(find)
        }
        onFind(find)
    }
}
