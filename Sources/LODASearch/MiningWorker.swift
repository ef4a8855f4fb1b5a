import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// One worker's mining loop: generate → evaluate the first terms on a small step budget →
/// look up every usable cell (most candidates stop here) → predict more target terms →
/// hand the surviving hits to the verification pipeline. Everything here belongs to one
/// thread; what workers share lives in the session.
struct MiningWorker {
    let session: MiningSession
    let worker: Int
    var rng: SeededRandom
    var mutator: Mutator
    var statistical: StatisticalGenerator
    var enumerator: Enumerator
    let weights: WeightedTable<GeneratorKind>
    /// One evaluation context for screening, reused by every candidate of this worker.
    let screeningContext: EvaluationContext
    var verifier: FindVerifier
    /// Behaviours seen by this worker (also in earlier runs: a coordinator's earlier units).
    var memory: WorkerMemory
    /// Counters not yet added to the session's.
    var local = MiningStatistics()
    /// Terms computed per candidate before the lookups.
    let terms: Int
    /// The first terms of the candidate's cells, and their keys.
    var vectors = [[Int]](repeating: [], count: 8)
    var cellKeys = [UInt64](repeating: 0, count: 8)
    /// Recent finds of all workers already given to the mutator.
    var recentSeen = 0

    init(session: MiningSession, worker: Int, seed: UInt64, stream: UInt64?, memory: WorkerMemory) {
        self.session = session
        self.worker = worker
        let profile = session.profile
        rng = SeededRandom(seed: stream ?? seed &+ UInt64(worker) &* 0x5851_F42D_4C95_7F2D)
        mutator = Mutator(sources: session.seeds, callable: session.callable, statistics: session.statistics0)
        statistical = StatisticalGenerator(statistics: session.statistics0)
        enumerator = Enumerator(start: (stream ?? seed &+ UInt64(worker)) % 100_000 &* 997)
        weights = WeightedTable(GeneratorKind.allCases.map { ($0, profile.generators[$0]) }.filter { $0.1 > 0 })
        var screening = EvaluationLimits(maxSteps: profile.screeningSteps, maxMemory: 250)
        screening.bigNumberCost = true
        screeningContext = EvaluationContext(limits: screening, resolver: session.resolver)
        verifier = FindVerifier(session: session, worker: worker)
        self.memory = memory
        terms = max(profile.screeningTerms, SequenceIndex.keyLength)
    }

    /// Adds the counters to the session's.
    mutating func flush() {
        var all = local
        all.add(verifier.local)
        session.shared.withLock { $0.statistics.add(all) }
        local = MiningStatistics()
        verifier.local = MiningStatistics()
    }

    /// The usable cells among the candidate's first `cells` (those with every computed term: a
    /// big value ends a cell's vector), with their keys in `cellKeys`, and the candidate's
    /// fingerprint, which combines those keys.
    mutating func screened(_ computed: Int, cells: Int) -> (usable: [Int], fingerprint: UInt64) {
        let usable = (0..<cells).filter { vectors[$0].count == computed && computed >= SequenceIndex.keyLength }
        var fingerprint = FNV1a.basis
        for k in usable {
            cellKeys[k] = WorkerMemory.key(vectors[k], cell: k)
            fingerprint = WorkerMemory.mix(WorkerMemory.mix(fingerprint, cellKeys[k]), UInt64(k))
        }
        return (usable, fingerprint)
    }

    /// The next candidate from a generator picked by the profile's weights.
    mutating func generate() -> [CompactInstruction] {
        switch weights.pick(&rng) {
        case .mutational: mutator.nextCode(&rng)
        case .enumerative: enumerator.nextCode(&rng)
        case .statistical: statistical.nextCode(&rng)
        }
    }

    /// Every 256 attempts: counters to the session, recent finds to the mutator.
    mutating func refresh() {
        flush()
        let seen = recentSeen
        let fresh: [Program] = session.shared.withLock { s in s.recent.count > seen ? Array(s.recent[seen...]) : [] }
        recentSeen += fresh.count
        mutator.sources.insert(contentsOf: fresh.reversed().compactMap(\.compactCode), at: 0)
    }

    /// Looks up every usable cell through the profile's matchers. A cell whose first terms found
    /// nothing before is not looked up again; a cell whose first terms hit before but were
    /// extended in vain several times is not extended again (see `WorkerMemory.barren`).
    mutating func lookUp(_ usableCells: [Int], length: UInt8) -> [(Int, SequenceMatch)] {
        var hits: [(Int, SequenceMatch)] = []
        for k in usableCells {
            let key = cellKeys[k]
            if memory.isQuiet(key) {
                local.quietCells += 1
                continue
            }
            if memory.isBarren(key, length: length) {
                local.barrenCells += 1
                continue
            }
            local.lookups += 1
            var found = 0
            session.index.lookup(vectors[k], matchers: k == 0 ? session.matcherIndices : session.cellMatcherIndices) { hit in
                hits.append((k, hit))
                found += 1
                return found < MiningSession.hitsPerCell
            }
            if found == 0 { memory.noteQuiet(key) }
        }
        return hits
    }

    /// Computes more terms of every cell, one at a time while some hit's predicted target terms
    /// still agree with the target (most disagree at the first term after the key), for
    /// predicting targets without building programs. Returns which hits are still alive and the
    /// term at which evaluation failed, if it did.
    mutating func predict(_ hits: [(Int, SequenceMatch)], _ evaluator: Evaluator, cells: Int, computed: Int) -> (alive: [Bool], failedAt: Int?) {
        var failedAt: Int? = computed < terms ? computed : nil
        var alive = [Bool](repeating: true, count: hits.count)
        guard computed == terms else { return (alive, failedAt) }
        let index = session.index
        var open = hits.count
        var n = terms
        while n < MiningSession.predictedTerms && open > 0 {
            if MiningSession.extend(&vectors, cells: cells, evaluator, from: n, to: n + 1) == n {
                failedAt = n
                break
            }
            n += 1
            for (i, (k, hit)) in hits.enumerated() where alive[i] && vectors[k].count == n {
                if let (j, v) = index.matchers[hit.matcher].predictNewest(vectors[k], candidate: hit.candidate, target: hit.target),
                    j >= 0, !index.database.agrees(hit.sequence, at: j, with: v)
                {
                    alive[i] = false
                    open -= 1
                }
            }
        }
        return (alive, failedAt)
    }

    /// Runs until the session's `stop`, the deadline (monotonic ns) or `budget` candidates;
    /// returns the number of candidates evaluated.
    mutating func run(candidates budget: Int?, deadline: UInt64?, onFind: (Find) -> Void) -> Int {
        let clock = session.clock
        var done = 0
        var attempts = 0
        while !session.stop.isCancelled {
            // (repeated programs do not count towards the budget; a generator that only repeats itself still ends)
            if let budget, done >= budget || attempts >= 100 * budget + 100_000 { break }
            if let deadline, attempts % 64 == 0, clock() >= deadline { break }
            attempts += 1
            if attempts % 256 == 0 { refresh() }
            let t0 = clock()
            let code = generate()
            let t1 = clock()
            local.generateNanos += t1 - t0
            // The same program again (mutations and small random programs repeat): skip it,
            // and do not count it as a candidate.
            if memory.isRepeated(WorkerMemory.hash(code)) {
                local.repeatedPrograms += 1
                continue
            }
            done += 1
            local.candidates += 1
            // A behaviour seen before is skipped unless this candidate is shorter than every
            // earlier one with it (a shorter program may replace a stored one).
            let length = UInt8(min(code.count, 255))

            // Screening: the first terms of every cell, on a small budget.
            guard !code.isEmpty, let evaluator = try? Evaluator(compact: code, context: screeningContext) else {
                local.screenedOut += 1
                continue
            }
            let cells = min((code.highestCell ?? 0) + 1, vectors.count)
            for k in 0..<cells { vectors[k].removeAll(keepingCapacity: true) }
            // The first terms, then the rest only if some cell's start could match a target.
            var computed = MiningSession.extend(&vectors, cells: cells, evaluator, from: 0, to: PrefixFilter.candidateTerms)
            guard (0..<cells).contains(where: { session.prefixFilter.admits(vectors[$0], cell: $0) }) else {
                local.prefixRejected += 1
                local.evaluateNanos += clock() - t1
                continue
            }
            // A candidate whose first terms (every cell) were seen before, and always led to the
            // same behaviour on all screened terms, is taken for a duplicate without computing the rest.
            var early: UInt64 = 0
            if computed == PrefixFilter.candidateTerms {
                early = MiningSession.fingerprint(vectors, cells: cells)
                if memory.isKnownDuplicate(early, length: length) {
                    if MiningSession.auditEarlyDuplicates {
                        computed = MiningSession.extend(&vectors, cells: cells, evaluator, from: computed, to: terms)
                        let (usable, full) = screened(computed, cells: cells)
                        if !usable.isEmpty && memory.fingerprints[full] == nil { local.wrongEarlyDuplicates += 1 }
                    }
                    local.duplicates += 1
                    local.earlyDuplicates += 1
                    local.evaluateNanos += clock() - t1
                    continue
                }
                computed = MiningSession.extend(&vectors, cells: cells, evaluator, from: computed, to: terms)
            }
            let (usableCells, fingerprint) = screened(computed, cells: cells)
            let t2 = clock()
            local.evaluateNanos += t2 - t1
            if early != 0 { memory.note(early, ledTo: fingerprint, length: length) }
            if usableCells.isEmpty {
                local.screenedOut += 1
                continue
            }
            if !memory.noteFingerprint(fingerprint, length: length) {
                local.duplicates += 1
                continue
            }

            let hits = lookUp(usableCells, length: length)
            let t3 = clock()
            local.matchNanos += t3 - t2
            guard !hits.isEmpty else {
                local.slowestCandidateNanos = max(local.slowestCandidateNanos, t3 - t0)
                continue
            }
            local.hits += hits.count
            let (alive, failedAt) = predict(hits, evaluator, cells: cells, computed: computed)
            let candidate = FindVerifier.Candidate(
                code: code, length: length, evaluator: evaluator, cells: cells, hits: hits, alive: alive,
                vectors: vectors, cellKeys: cellKeys, failedAt: failedAt, started: t3)
            verifier.verify(candidate, memory: &memory, onFind: onFind)
            let t4 = clock()
            local.verifyNanos += t4 - t3
            local.slowestCandidateNanos = max(local.slowestCandidateNanos, t4 - t0)
        }
        flush()
        return done
    }
}
