import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODASequences
import Synchronization

/// Receives verified programs; the executable connects it to the programs folder.
public protocol FindSink: AnyObject, Sendable {
    /// Stores the program if it is new or better; tells what happened. `worker` is the
    /// index of the mining thread that found it; `figures`, when the miner has them, are the
    /// program's check against the known terms (so that the sink need not evaluate it again).
    func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures: FindFigures?) -> FindOutcome
    /// Takes back the program this run stored for `sequence` (another program agreed with it
    /// on every known term and differed right after: the known terms do not decide between
    /// them). True when it was taken back.
    func withdraw(_ sequence: IntegerSequence) -> Bool
}

extension FindSink {
    public func withdraw(_ sequence: IntegerSequence) -> Bool { false }
}

/// A verified program's check against the known terms: terms computed correctly and the
/// steps they took.
public struct FindFigures: Sendable, Hashable {
    public var correctTerms: Int
    public var totalSteps: Int
    public init(correctTerms: Int, totalSteps: Int) {
        self.correctTerms = correctTerms
        self.totalSteps = totalSteps
    }
}

public enum FindOutcome: Sendable { case added, improved, kept }

/// One program found for a sequence.
public struct Find: Sendable {
    public var sequence: IntegerSequence
    public var matcher: String
    public var program: Program
    public var outcome: FindOutcome
    public var worker: Int
}

/// Counters of a mining run (summed over workers).
public struct MiningStatistics: Sendable {
    public var candidates = 0
    public var duplicates = 0
    public var screenedOut = 0
    /// Candidates dropped after their first terms by the prefix filter (no cell could hit).
    public var prefixRejected = 0
    public var lookups = 0
    public var hits = 0
    public var verified = 0
    /// Rejections by the prediction from the candidate's terms / by the first terms of the
    /// extended program / by the full check.
    public var rejectedPredicted = 0
    public var rejectedEarly = 0
    public var rejectedLate = 0
    /// Programs that passed the known terms and failed the b-file's further terms (or
    /// failed to evaluate the terms right after the known ones: see `MiningSession.lookahead`).
    public var rejectedBeyond = 0
    /// Programs whose known terms cannot pin the sequence down (see `Underdetermined`).
    public var rejectedUnderdetermined = 0
    /// Finds taken back because another program agreed on the known terms and differed after.
    public var withdrawn = 0
    /// Candidates checked only to compare with a stored program (`MiningProfile.ambiguityProbes`).
    public var probes = 0
    /// Targets left out because their known terms are mechanical (`MiningProfile.skipMechanical`).
    public var mechanicalSkipped = 0
    public var rejected: Int { rejectedPredicted + rejectedEarly + rejectedLate + rejectedBeyond + rejectedUnderdetermined }
    /// Cells not looked up again (their first terms found nothing before), cells whose hits
    /// were all settled before, and (cell, target) pairs not checked again after repeated
    /// rejections: see `CellMemory`.
    public var quietCells = 0
    public var settledCells = 0
    public var memoRejected = 0
    public var barrenCells = 0
    /// Candidates whose code this worker had already generated.
    public var repeatedPrograms = 0
    /// Duplicates recognised by their first terms (see `WorkerMemory.prefixes`), and (when
    /// audited) how many of them had new screened terms after all.
    public var earlyDuplicates = 0
    public var wrongEarlyDuplicates = 0
    /// Nanoseconds in full checks and in storing finds (minimizing and writing).
    public var checkNanos: UInt64 = 0
    public var storeNanos: UInt64 = 0
    /// Of `storeNanos`, the minimizer's share.
    public var minimizeNanos: UInt64 = 0
    public var finds = 0
    public var improvements = 0
    /// Nanoseconds spent generating, evaluating (screening), matching and verifying.
    public var generateNanos: UInt64 = 0
    public var evaluateNanos: UInt64 = 0
    public var matchNanos: UInt64 = 0
    public var verifyNanos: UInt64 = 0
    /// The longest time one candidate held a worker.
    public var slowestCandidateNanos: UInt64 = 0

    mutating func add(_ o: MiningStatistics) {
        candidates += o.candidates; duplicates += o.duplicates; screenedOut += o.screenedOut; prefixRejected += o.prefixRejected
        lookups += o.lookups; hits += o.hits; verified += o.verified
        rejectedPredicted += o.rejectedPredicted; rejectedEarly += o.rejectedEarly; rejectedLate += o.rejectedLate; rejectedBeyond += o.rejectedBeyond
        rejectedUnderdetermined += o.rejectedUnderdetermined; withdrawn += o.withdrawn; probes += o.probes; mechanicalSkipped = max(mechanicalSkipped, o.mechanicalSkipped)
        quietCells += o.quietCells; settledCells += o.settledCells; memoRejected += o.memoRejected; barrenCells += o.barrenCells; repeatedPrograms += o.repeatedPrograms
        earlyDuplicates += o.earlyDuplicates; wrongEarlyDuplicates += o.wrongEarlyDuplicates
        checkNanos += o.checkNanos; storeNanos += o.storeNanos; minimizeNanos += o.minimizeNanos
        finds += o.finds; improvements += o.improvements
        generateNanos += o.generateNanos; evaluateNanos += o.evaluateNanos
        matchNanos += o.matchNanos; verifyNanos += o.verifyNanos
        slowestCandidateNanos = max(slowestCandidateNanos, o.slowestCandidateNanos)
    }
}

/// The mining loop: generate → evaluate the first terms on a small step budget → look
/// up every cell's terms in the index (most candidates stop here) → extend and verify
/// the hits on all known terms → minimize → hand to the sink. Workers share the index,
/// the set of sequences already found in this run and the recent finds (which the
/// mutator prefers); everything else is per worker, seeded, and replayable.
public final class MiningSession: Sendable {
    public let index: SequenceIndex
    public let profile: MiningProfile
    let sink: FindSink
    let resolver: ProgramResolver?
    let clock: @Sendable () -> UInt64
    let statistics0: ProgramStatistics
    let seeds: [Program]
    let callable: [Int]
    let matcherIndices: [Int]
    let cellMatcherIndices: [Int]
    let prefixFilter: PrefixFilter
    /// Raised to stop every worker after its current candidate.
    public let stop: CancellationFlag
    /// b-files: a find for a sequence that has one must also compute its terms (set before
    /// the workers start).
    public let bfiles: BFiles?

    struct Shared {
        var claimed = Set<Int>()
        /// Length of the shortest program stored for a sequence (by position) in this run, or
        /// before it for the targets of an `all` profile: a claimed sequence takes a shorter one.
        var best: [Int: Int] = [:]
        var statistics = MiningStatistics()
        var recent: [Program] = []
        var finds: [Find] = []
        /// What each worker index has seen, kept between runs of the same worker (work units).
        var memories: [Int: WorkerMemory] = [:]
        /// The terms right after the known ones of each program this run stored (by sequence
        /// position), and the sequences found ambiguous (their finds withdrawn, not claimed again).
        var extensions: [Int: [Number]] = [:]
        var ambiguous = Set<Int>()
        /// Candidates checked only to compare with a stored program (by sequence position).
        var probes: [Int: Int] = [:]
        /// Whether the targets were screened for mechanical sequences (at the first worker's start).
        var targetsPrepared = false
    }
    let shared = Mutex(Shared())

    /// - Parameters:
    ///   - index: the target sequences (for the default profile, those without a program).
    ///   - seeds: programs the mutator starts from (the programs folder).
    ///   - callable: A-numbers with a program, for `seq` insertions.
    public init(index: SequenceIndex, profile: MiningProfile, sink: FindSink, resolver: ProgramResolver?,
                seeds: [Program], callable: [Int], bfiles: BFiles? = nil, stop: CancellationFlag = CancellationFlag(),
                clock: @escaping @Sendable () -> UInt64 = { monotonicNanoseconds() }) {
        self.index = index
        self.stop = stop
        self.bfiles = bfiles
        self.profile = profile
        self.sink = sink
        self.resolver = resolver
        self.clock = clock
        self.seeds = seeds
        self.callable = callable
        statistics0 = ProgramStatistics.learn(from: seeds)
        func positions(_ names: [MatcherName]) -> [Int] { names.compactMap { n in index.matchers.firstIndex { $0.name == n.rawValue } } }
        matcherIndices = positions(profile.matchers)
        cellMatcherIndices = positions(profile.cellMatchers)
        prefixFilter = PrefixFilter(index, matchers: profile.matchers, cellMatchers: profile.cellMatchers)
    }

    public var statistics: MiningStatistics { shared.withLock { $0.statistics } }

    /// The lengths of the programs stored before mining for the index's sequences (by
    /// A-number): those sequences count as claimed, and candidates that are not shorter than
    /// their stored program are not verified for them.
    public func noteStoredLengths(_ lengths: [Int: Int]) {
        shared.withLock { s in
            for (number, length) in lengths {
                guard let p = index.database.position(of: SequenceID(number)) else { continue }
                s.best[p] = length
                s.claimed.insert(p)
            }
        }
    }
    public var finds: [Find] { shared.withLock { $0.finds } }

    /// Leaves out the targets whose known terms are mechanical and that have no b-file (see
    /// `MiningProfile.skipMechanical`): they count as claimed by a program of length 0, so no
    /// candidate is verified for them. Done once, when the first worker starts (after the
    /// b-files are set).
    func prepareTargets() {
        guard profile.skipMechanical ?? true else { return }
        let first = shared.withLock { s in
            defer { s.targetsPrepared = true }
            return !s.targetsPrepared
        }
        guard first else { return }
        let database = index.database
        var skipped: [Int] = []
        for p in 0..<database.count where index.includes(p) {
            // A cheap necessary condition on the first terms, then the whole row.
            guard let prefix = database.smallPrefix(at: p, 12), prefix.count >= 10,
                  Underdetermined.mayBeMechanical(prefix: prefix) else { continue }
            let sequence = database.sequences[p]
            guard Underdetermined.isMechanical(sequence.terms) else { continue }
            if let bfiles, bfiles.extendedTerms(for: sequence) != nil { continue }
            skipped.append(p)
        }
        shared.withLock { s in
            for p in skipped where !s.claimed.contains(p) {
                s.claimed.insert(p)
                s.best[p] = 0
            }
            s.statistics.mechanicalSkipped = skipped.count
        }
    }

    /// Sequences solved elsewhere (by other workers): they leave the targets, and their
    /// programs join the mutator's preferred sources.
    public func absorb(_ programs: [Program], solved: [Int]) {
        shared.withLock { s in
            s.claimed.formUnion(solved.compactMap { index.database.position(of: SequenceID($0)) })
            s.recent.append(contentsOf: programs)
        }
    }

    /// Runs one worker until `stop`, the deadline (monotonic ns) or `candidates` is reached;
    /// returns the number of candidates it evaluated (generated programs that it had not generated before). The random stream is derived from
    /// `seed` and `worker`, or is exactly `stream` when given (a coordinator's work unit:
    /// the same stream as worker 0 of `miner mine --seed stream`).
    @discardableResult
    public func runWorker(_ worker: Int, seed: UInt64, stream: UInt64? = nil, candidates budget: Int? = nil, deadline: UInt64? = nil,
                          onFind: (Find) -> Void = { _ in }) -> Int {
        prepareTargets()
        var rng = SeededRandom(seed: stream ?? seed &+ UInt64(worker) &* 0x5851_F42D_4C95_7F2D)
        var mutator = Mutator(sources: seeds, callable: callable, statistics: statistics0)
        var statistical = StatisticalGenerator(statistics: statistics0)
        var enumerator = Enumerator(start: (stream ?? seed &+ UInt64(worker)) % 100_000 &* 997)
        let weights = WeightedTable(GeneratorKind.allCases.map { ($0, profile.generators[$0]) }.filter { $0.1 > 0 })
        var screening = EvaluationLimits(maxSteps: profile.screeningSteps, maxMemory: 250)
        screening.bigNumberCost = true
        // (the quick check runs a few terms: deciding the accelerators would cost more than it saves)
        var quickLimits = EvaluationLimits(maxSteps: profile.screeningSteps * 2)
        quickLimits.accelerated = false
        // Finds that need more than `checkSteps` per term are left to a profile with a bigger budget.
        let fullLimits = EvaluationLimits(maxSteps: profile.checkSteps ?? MiningProfile.defaultCheckSteps)
        // One evaluation context per budget, reused by every candidate of this worker.
        let screeningContext = EvaluationContext(limits: screening, resolver: resolver)
        let quickContext = EvaluationContext(limits: quickLimits, resolver: resolver)
        let fullContext = EvaluationContext(limits: fullLimits, resolver: resolver)
        let finder = MatchFinder(index: index, resolver: resolver)
        let minimizer = Minimizer(resolver: resolver, limits: fullLimits, screeningSteps: quickLimits.maxSteps, clock: clock)
        // Behaviours seen by this worker in earlier runs (a coordinator's earlier units) are skipped too.
        var memory = shared.withLock { $0.memories.removeValue(forKey: worker) } ?? WorkerMemory()
        defer { shared.withLock { [memory] s in s.memories[worker] = memory } }
        var local = MiningStatistics()
        var done = 0
        var recentSeen = 0
        let terms = max(profile.screeningTerms, SequenceIndex.keyLength)
        var vectors = [[Int]](repeating: [], count: 8)
        var cellKeys = [UInt64](repeating: 0, count: 8)

        func flush() {
            shared.withLock { $0.statistics.add(local) }
            local = MiningStatistics()
        }

        /// The usable cells among the candidate's first `cells` (those with every computed term: a
        /// big value ends a cell's vector), with their keys in `cellKeys`, and the candidate's
        /// fingerprint, which combines those keys.
        func screened(_ computed: Int, cells: Int) -> (usable: [Int], fingerprint: UInt64) {
            let usable = (0..<cells).filter { vectors[$0].count == computed && computed >= SequenceIndex.keyLength }
            var fingerprint = FNV1a.basis
            for k in usable {
                cellKeys[k] = WorkerMemory.key(vectors[k], cell: k)
                fingerprint = WorkerMemory.mix(WorkerMemory.mix(fingerprint, cellKeys[k]), UInt64(k))
            }
            return (usable, fingerprint)
        }

        var attempts = 0
        while !stop.isCancelled {
            // (repeated programs do not count towards the budget; a generator that only repeats itself still ends)
            if let budget, done >= budget || attempts >= 100 * budget + 100_000 { break }
            if let deadline, attempts % 64 == 0, clock() >= deadline { break }
            attempts += 1
            if attempts % 256 == 0 {
                flush()
                let fresh: [Program] = shared.withLock { s in s.recent.count > recentSeen ? Array(s.recent[recentSeen...]) : [] }
                recentSeen += fresh.count
                mutator.sources.insert(contentsOf: fresh.reversed().compactMap(\.compactCode), at: 0)
                memory.trim()
            }
            let t0 = clock()
            let code: [CompactInstruction]
            switch weights.pick(&rng) {
            case .mutational: code = mutator.nextCode(&rng)
            case .enumerative: code = enumerator.nextCode(&rng)
            case .statistical: code = statistical.nextCode(&rng)
            }
            let t1 = clock()
            local.generateNanos += t1 - t0
            // The same program again (mutations and small random programs repeat): skip it,
            // and do not count it as a candidate.
            if !memory.programs.insert(WorkerMemory.hash(code)).inserted {
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
            guard (0..<cells).contains(where: { prefixFilter.admits(vectors[$0], cell: $0) }) else {
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

            // Matching: every usable cell, through the profile's matchers.
            // A cell whose first terms found nothing before is not looked up again.
            // A cell whose first terms hit before but were extended in vain several times is
            // not extended again (see `WorkerMemory.barren`).
            var hits: [(Int, SequenceMatch)] = []
            for k in usableCells {
                let key = cellKeys[k]
                if memory.quiet.contains(key) {
                    local.quietCells += 1
                    continue
                }
                if memory.isBarren(key, length: length) {
                    local.barrenCells += 1
                    continue
                }
                local.lookups += 1
                var found = 0
                index.lookup(vectors[k], matchers: k == 0 ? matcherIndices : cellMatcherIndices) { hit in
                    hits.append((k, hit))
                    found += 1
                    return found < MiningSession.hitsPerCell
                }
                if found == 0 { memory.quiet.insert(key) }
            }
            let t3 = clock()
            local.matchNanos += t3 - t2
            guard !hits.isEmpty else {
                local.slowestCandidateNanos = max(local.slowestCandidateNanos, t3 - t0)
                continue
            }
            local.hits += hits.count

            // More terms of every cell, one at a time while some hit's predicted target terms
            // still agree with the target (most disagree at the first term after the key), for
            // predicting targets without building programs; and the term at which evaluation
            // failed, if it did.
            var failedAt: Int? = computed < terms ? computed : nil
            var alive = [Bool](repeating: true, count: hits.count)
            if computed == terms {
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
                           j >= 0, !index.database.agrees(hit.sequence, at: j, with: v) {
                            alive[i] = false
                            open -= 1
                        }
                    }
                }
            }

            verify(code, length, evaluator, cells, hits, alive, vectors, cellKeys, failedAt: failedAt, worker: worker, started: t3, quick: quickContext, full: fullContext, finder: finder,
                   minimizer: minimizer, memory: &memory, local: &local, onFind: onFind)
            let t4 = clock()
            local.verifyNanos += t4 - t3
            local.slowestCandidateNanos = max(local.slowestCandidateNanos, t4 - t0)
        }
        flush()
        return done
    }

    /// Counts (in `wrongEarlyDuplicates`) the early duplicates whose screened terms were new;
    /// set LODESTONE_AUDIT_EARLY_DUPLICATES=1 (the skipped terms are then computed anyway).
    static let auditEarlyDuplicates = ProcessInfo.processInfo.environment["LODESTONE_AUDIT_EARLY_DUPLICATES"] == "1"

    /// A hash of the first terms of cells `0..<cells` (each with its length).
    static func fingerprint(_ vectors: [[Int]], cells: Int) -> UInt64 {
        var f = FNV1a.basis
        for k in 0..<cells { f = WorkerMemory.mix(f, WorkerMemory.key(vectors[k], cell: k)) }
        return f | 1
    }

    /// Evaluates terms `start..<end` and appends each cell's value to its vector while the
    /// cell has every earlier term (a big value ends a cell's vector); stops at the first
    /// term that fails. Returns the number of terms computed from 0.
    static func extend(_ vectors: inout [[Int]], cells: Int, _ evaluator: Evaluator, from start: Int, to end: Int) -> Int {
        var n = start
        while n < end, (try? evaluator.term(n)) != nil {
            let m = evaluator.topMachine
            for k in 0..<cells where vectors[k].count == n {
                if let v = m.smallValue(at: k) { vectors[k].append(v) }
            }
            n += 1
        }
        return n
    }

    /// Candidate terms computed before the full check of a surviving hit.
    static let extendedTerms = 48
    /// Candidate terms computed for predicting a hit's target before building its program.
    static let predictedTerms = SequenceIndex.storedLength + 9
    /// Terms of an extended program compared before its full check.
    static let quickTerms = SequenceIndex.storedLength + 8
    /// Hits taken from one cell's lookup.
    static let hitsPerCell = 16

    static func agrees(_ predicted: [Int], _ sequence: IntegerSequence) -> Bool {
        predicted.indices.allSatisfy { sequence.agrees(at: $0, with: predicted[$0]) }
    }

    /// Extends and checks the hits of one candidate within its time budget; stores finds.
    func verify(_ code: [CompactInstruction], _ length: UInt8, _ evaluator: Evaluator, _ cells: Int, _ hits: [(Int, SequenceMatch)], _ alive: [Bool], _ screened: [[Int]], _ cellKeys: [UInt64],
                failedAt screenedFailure: Int?, worker: Int, started t3: UInt64,
                quick quickContext: EvaluationContext, full fullContext: EvaluationContext, finder: MatchFinder, minimizer: Minimizer,
                memory: inout WorkerMemory, local: inout MiningStatistics, onFind: (Find) -> Void) {
        // Claimed sequences, with the length a program must beat to replace the stored one.
        let claimed: [Int: Int] = shared.withLock { s in
            var out: [Int: Int] = [:]
            for (_, hit) in hits where s.claimed.contains(hit.sequence) { out[hit.sequence] = s.best[hit.sequence] ?? 0 }
            return out
        }
        var vectors = screened
        var failedAt = screenedFailure
        var extended = false
        // Verification: extend, check every known term; all of it within the candidate's time budget.
        let candidateDeadline = t3 + UInt64(profile.verifySeconds * 1e9)
        var tried = Set<Int>()
        var found = Set<Int>()
        // First terms of each distinct extended program, computed once per candidate.
        var firstTerms: [Program: [Number]] = [:]
        // Per cell with hits: the key of its terms as screened (25), and whether it was settled
        // before (skip), has only had hits settled by prediction or claims so far (pending), or
        // has had a hit that needed more (open); and the key of its 48 terms once computed.
        enum CellState { case none, skip, pending, open }
        var state = [CellState](repeating: .none, count: cells)
        var settledKey = [UInt64](repeating: 0, count: cells)
        for (k, _) in hits where state[k] == .none {
            settledKey[k] = WorkerMemory.pair(WorkerMemory.key(vectors[k], cell: k), -1 - (failedAt ?? -1))
            if memory.isSettled(settledKey[k], length: length) {
                state[k] = .skip
                local.settledCells += 1
            } else {
                state[k] = .pending
            }
        }
        var cut = false
        var program: Program?  // the candidate as a program, built for the first hit that needs it
        for (i, (k, hit)) in hits.enumerated() where state[k] != .skip {
            if !alive[i] {
                local.rejectedPredicted += 1
                continue
            }
            if found.contains(hit.sequence) { continue }
            // A program calling its own sequence is never stored (the sink checks calls through other programs).
            let number = index.database.id(at: hit.sequence).number
            if code.contains(where: { $0.opcode == .seq && $0.sourceMode == .constant && $0.source == number }) { continue }
            // A claimed sequence only for a candidate shorter than its stored program, or as a
            // probe: checked only to compare its terms after the known ones with the stored program's.
            let improving = claimed[hit.sequence] != nil
            var probing = false
            if let stored = claimed[hit.sequence], code.count + (k == 0 ? 0 : 1) >= stored {
                guard profile.probes > 0, bfiles == nil, shared.withLock({ s in
                    s.extensions[hit.sequence] != nil && !s.ambiguous.contains(hit.sequence) && s.probes[hit.sequence, default: 0] < profile.probes
                }) else { continue }
                probing = true
            }
            guard tried.insert(hit.sequence &* 64 &+ k).inserted else { continue }
            if clock() >= candidateDeadline {
                cut = true
                break
            }
            let sequence = index.database.sequences[hit.sequence]
            // A candidate whose evaluation failed (an error or its step budget) before the terms
            // the quick check needs cannot yield a program that passes it.
            if let failedAt, failedAt + 1 < min(sequence.terms.count, MiningSession.quickTerms) {
                local.rejectedPredicted += 1
                continue
            }
            // Quick reject from the candidate's own terms, when the matcher can predict the target's.
            let matcher = index.matchers[hit.matcher]
            let early = matcher.predict(vectors[k], candidate: hit.candidate, target: hit.target)
            if let early, !MiningSession.agrees(early, sequence) {
                local.rejectedPredicted += 1
                continue
            }
            state[k] = .open
            // The target's predicted terms so far (or the cell's own, for matchers that cannot
            // predict) with the target: after repeated rejections of the pair, it is not tried again.
            let pairKey = WorkerMemory.pair(WorkerMemory.key(early ?? vectors[k], cell: early == nil ? k : 0), hit.sequence)
            if memory.rejections[pairKey, default: 0] >= WorkerMemory.rejectionsBeforeSkipping {
                local.memoRejected += 1
                continue
            }
            // Survived: compute more of the candidate's own terms once, and predict again.
            if !extended {
                extended = true
                let known = vectors[0].count
                if failedAt == nil, known == vectors.prefix(cells).map(\.count).max() {
                    let reached = MiningSession.extend(&vectors, cells: cells, evaluator, from: known, to: MiningSession.extendedTerms)
                    if reached < MiningSession.extendedTerms { failedAt = reached }
                }
            }
            let predicted = matcher.predict(vectors[k], candidate: hit.candidate, target: hit.target)
            if let predicted, !MiningSession.agrees(predicted, sequence) {
                local.rejectedPredicted += 1
                memory.rejections[pairKey, default: 0] += 1
                continue
            }
            if program == nil { program = Program(compact: code) }
            var candidate = program!
            if k != 0 { candidate.instructions.append(Instruction(.mov, .cell(0), .cell(k))) }
            guard let target = finder.targetProgram(candidate, hit) else { continue }
            // Then a few more terms than the key, on a moderate budget, unless the prediction
            // already covered them.
            let quick = sequence.terms.prefix(MiningSession.quickTerms)
            if let predicted, predicted.count >= quick.count {
                firstTerms[target] = Array(quick)
            } else if firstTerms[target] == nil {
                var computed: [Number] = []
                if let q = try? Evaluator(target, context: quickContext) {
                    computed = q.evaluate(count: MiningSession.quickTerms).values
                }
                firstTerms[target] = computed
            }
            guard let computed = firstTerms[target], computed.count >= quick.count, zip(computed, quick).allSatisfy({ $0 == $1 }) else {
                local.rejectedEarly += 1
                if let computed = firstTerms[target], computed.count >= quick.count { memory.rejections[pairKey, default: 0] += 1 }
                continue
            }
            guard let e = try? Evaluator(target, context: fullContext) else { continue }
            e.context.overallDeadline = candidateDeadline
            let c0 = clock()
            let result = e.check(against: sequence.terms)
            e.context.overallDeadline = 0
            local.checkNanos += clock() - c0
            guard result.status != .error else {
                local.rejectedLate += 1
                if result.firstMismatch != nil { memory.rejections[pairKey, default: 0] += 1 }
                continue
            }
            if probing {
                shared.withLock { s in s.probes[hit.sequence, default: 0] += 1 }
                local.probes += 1
                _ = contradictsStored(e, sequence, position: hit.sequence, until: candidateDeadline, &local)
                found.insert(hit.sequence)
                continue
            }
            local.verified += 1
            found.insert(hit.sequence)
            // Beyond the known terms, before the sequence is claimed (only for one not claimed yet).
            var goal = sequence
            var verifiedResult = result
            if checksBeyond, improving || !shared.withLock({ $0.claimed.contains(hit.sequence) }) {
                switch beyondKnownTerms(e, target, sequence, result, until: candidateDeadline, &local) {
                case .pass(let g, let v):
                    (goal, verifiedResult) = (g, v)
                case .refused(let mismatch):
                    local.rejectedBeyond += 1
                    if mismatch { memory.rejections[pairKey, default: 0] += 1 }
                    continue
                case .underdetermined:
                    local.rejectedUnderdetermined += 1
                    continue
                }
            }
            // A shorter program that contradicts the stored one right after the known terms.
            let decidable = goal.terms.count == sequence.terms.count && profile.withdrawAmbiguous ?? true
            if improving, decidable, contradictsStored(e, sequence, position: hit.sequence, until: candidateDeadline, &local) { continue }
            let mine = shared.withLock { s in s.claimed.insert(hit.sequence).inserted }
            guard mine || improving else { continue }
            let s0 = clock()
            defer { local.storeNanos += clock() - s0 }
            let remaining = Double(candidateDeadline > clock() ? candidateDeadline - clock() : 0) / 1e9
            let m0 = clock()
            var final = target
            var figures: FindFigures?
            if profile.minimize && remaining > 0.01 {
                (final, figures) = minimizer.minimizeWithFigures(target, for: goal, seconds: remaining, verified: verifiedResult)
            }
            local.minimizeNanos += clock() - m0
            if improving, let stored = claimed[hit.sequence], final.code.count >= stored { continue }
            let outcome = sink.accept(final, for: sequence, worker: worker, figures: figures)
            if outcome == .kept { continue }
            shared.withLock { s in
                if s.best[hit.sequence].map({ final.code.count < $0 }) ?? true { s.best[hit.sequence] = final.code.count }
            }
            if outcome == .added { local.finds += 1 } else { local.improvements += 1 }
            if decidable { noteStored(final, sequence, position: hit.sequence, context: fullContext, until: candidateDeadline) }
            let find = Find(sequence: sequence, matcher: index.matchers[hit.matcher].name, program: final, outcome: outcome, worker: worker)
            shared.withLock { s in
                s.recent.append(final)
                s.finds.append(find)
            }
            onFind(find)
        }
        // Cells whose every hit fell to prediction on these terms: the same terms again settle nothing new.
        if !cut {
            for k in 0..<cells where state[k] == .pending || state[k] == .skip {
                if state[k] == .pending { memory.settle(settledKey[k], length: length) }
                memory.noteBarren(cellKeys[k], length: length)
            }
        }
    }
}

/// What one worker remembers of the behaviours it has met, so that the same behaviour is
/// not screened, looked up or checked again. Keys are hashes of a cell's computed terms
/// (and whether it is `$0`, which is looked up through more matchers).
public struct WorkerMemory: Sendable {
    /// Fingerprints of whole candidates (every usable cell's first terms) → the shortest
    /// candidate with it (lengths here and below: instructions, at most 255).
    var fingerprints: [UInt64: UInt8] = [:]
    /// Hashes of the candidate programs' code.
    var programs = Set<UInt64>()
    /// Cells (first 16 terms) whose lookup found no target: exact, the lookup reads only these.
    var quiet = Set<UInt64>()
    /// Cells (their first 25 terms) whose every hit was rejected by prediction from these
    /// terms or was already claimed: exact, prediction reads only these terms.
    var settled: [UInt64: UInt8] = [:]
    /// (cell's first 48 terms, target) → rejections by a term mismatch. After
    /// `rejectionsBeforeSkipping` the pair is not checked again: a program that agrees on 48
    /// terms with others that failed later is given up on (the one heuristic skip here;
    /// failures by step or time limits are not counted, so a faster program still gets its check).
    var rejections: [UInt64: UInt8] = [:]
    static let rejectionsBeforeSkipping: UInt8 = 3
    /// Cells (first 16 terms) → times their extension to 25 terms settled every hit. After
    /// `extensionsBeforeSkipping` such cells are not looked up again: the second heuristic
    /// skip, for cells such as n or 2^n that agree with many targets on 16 terms and that
    /// candidates compute over and over.
    var barren: [UInt64: Extensions] = [:]
    struct Extensions { var count: UInt8; var shortest: UInt8 }
    static let extensionsBeforeSkipping: UInt8 = 3
    /// First terms of a whole candidate (every cell, 9 terms) → the fingerprint of its screened
    /// terms and how many later candidates with the same first terms confirmed it (`full` is 0
    /// once one did not: those first terms are never taken for a duplicate again). The third
    /// heuristic skip: after `confirmationsBeforeSkipping` confirmations, a candidate with these
    /// first terms counts as a duplicate without computing the rest of its screened terms.
    struct Prefix { var full: UInt64; var confirmations: UInt8; var shortest: UInt8 }
    var prefixes: [UInt64: Prefix] = [:]
    static let confirmationsBeforeSkipping: UInt8 = 2
    static let capacity = 4_000_000

    public init() {}

    /// Forgets a table that has grown past `capacity` entries (memory stays bounded).
    mutating func trim() {
        if fingerprints.count > WorkerMemory.capacity { fingerprints.removeAll(keepingCapacity: true) }
        if programs.count > WorkerMemory.capacity { programs.removeAll(keepingCapacity: true) }
        if quiet.count > WorkerMemory.capacity { quiet.removeAll(keepingCapacity: true) }
        if settled.count > WorkerMemory.capacity { settled.removeAll(keepingCapacity: true) }
        if rejections.count > WorkerMemory.capacity { rejections.removeAll(keepingCapacity: true) }
        if barren.count > WorkerMemory.capacity { barren.removeAll(keepingCapacity: true) }
        if prefixes.count > WorkerMemory.capacity { prefixes.removeAll(keepingCapacity: true) }
    }

    /// Whether a candidate with these first terms (`MiningSession.fingerprint`) is taken for
    /// a duplicate: its first terms were confirmed often enough and never diverged.
    func isKnownDuplicate(_ prefix: UInt64, length: UInt8) -> Bool {
        guard let p = prefixes[prefix] else { return false }
        return p.confirmations >= WorkerMemory.confirmationsBeforeSkipping && length >= p.shortest
    }

    /// Records a candidate's fingerprint; false when an earlier candidate with it was no longer.
    mutating func noteFingerprint(_ fingerprint: UInt64, length: UInt8) -> Bool {
        if let seen = fingerprints[fingerprint], seen <= length { return false }
        fingerprints[fingerprint] = length
        return true
    }

    func isSettled(_ key: UInt64, length: UInt8) -> Bool { settled[key].map { $0 <= length } ?? false }

    mutating func settle(_ key: UInt64, length: UInt8) {
        settled[key] = min(settled[key] ?? .max, length)
    }

    func isBarren(_ key: UInt64, length: UInt8) -> Bool {
        guard let b = barren[key] else { return false }
        return b.count >= WorkerMemory.extensionsBeforeSkipping && length >= b.shortest
    }

    mutating func noteBarren(_ key: UInt64, length: UInt8) {
        let b = barren[key] ?? Extensions(count: 0, shortest: .max)
        barren[key] = Extensions(count: b.count == .max ? b.count : b.count + 1, shortest: min(b.shortest, length))
    }

    /// Records that a candidate with these first terms had this screened fingerprint: the
    /// first time it is remembered, the same again confirms it, a different one marks the
    /// first terms as diverging (never skipped by them again).
    mutating func note(_ prefix: UInt64, ledTo fingerprint: UInt64, length: UInt8) {
        guard let seen = prefixes[prefix] else {
            prefixes[prefix] = Prefix(full: fingerprint, confirmations: 0, shortest: length)
            return
        }
        if seen.full == fingerprint {
            prefixes[prefix]!.confirmations = min(seen.confirmations, 100) + 1
            prefixes[prefix]!.shortest = min(seen.shortest, length)
        } else if seen.full != 0 {
            prefixes[prefix] = Prefix(full: 0, confirmations: 0, shortest: 0)
        }
    }

    /// FNV-1a, the one mixing step of every key and fingerprint here.
    @inline(__always)
    static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 { FNV1a.mix(h, x) }

    /// A hash of a candidate's code.
    static func hash(_ code: [CompactInstruction]) -> UInt64 {
        var h = FNV1a.basis
        for ins in code {
            h = mix(h, UInt64(ins.opcode.rawValue) | UInt64(ins.targetMode.rawValue) << 8 | UInt64(ins.sourceMode.rawValue) << 16)
            h = mix(mix(h, UInt64(bitPattern: Int64(ins.target))), UInt64(bitPattern: Int64(ins.source)))
        }
        return h
    }

    @inline(__always)
    static func key(_ terms: [Int], cell: Int) -> UInt64 {
        var h = FNV1a.basis ^ (cell == 0 ? 0 : 0x9E37_79B9_7F4A_7C15)
        for v in terms { h = mix(h, UInt64(bitPattern: Int64(v))) }
        return mix(h, UInt64(terms.count))
    }

    @inline(__always)
    static func pair(_ key: UInt64, _ sequence: Int) -> UInt64 {
        mix(key, UInt64(bitPattern: Int64(sequence)) &* 0xD6E8_FEB8_6659_FD93)
    }
}
