import LODACore
import LODAEvaluator
import LODANumber
import LODASequences
import Synchronization

/// Receives verified programs; the executable connects it to the programs folder.
public protocol FindSink: AnyObject, Sendable {
    /// Stores the program if it is new or better; tells what happened. `worker` is the
    /// index of the mining thread that found it.
    func accept(_ program: Program, for sequence: IntegerSequence, worker: Int) -> FindOutcome
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
    public var lookups = 0
    public var hits = 0
    public var verified = 0
    /// Rejections by the prediction from the candidate's terms / by the first terms of the
    /// extended program / by the full check.
    public var rejectedPredicted = 0
    public var rejectedEarly = 0
    public var rejectedLate = 0
    public var rejected: Int { rejectedPredicted + rejectedEarly + rejectedLate }
    /// Nanoseconds in full checks and in storing finds (minimizing and writing).
    public var checkNanos: UInt64 = 0
    public var storeNanos: UInt64 = 0
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
        candidates += o.candidates; duplicates += o.duplicates; screenedOut += o.screenedOut
        lookups += o.lookups; hits += o.hits; verified += o.verified
        rejectedPredicted += o.rejectedPredicted; rejectedEarly += o.rejectedEarly; rejectedLate += o.rejectedLate
        checkNanos += o.checkNanos; storeNanos += o.storeNanos
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
public final class MiningSession: @unchecked Sendable {
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
    /// Raised to stop every worker after its current candidate.
    public let stop = CancellationFlag()

    struct Shared {
        var claimed = Set<Int>()
        var statistics = MiningStatistics()
        var recent: [Program] = []
        var finds: [Find] = []
        /// Behaviour fingerprints per worker index, kept between runs of the same worker (work units).
        var fingerprints: [Int: Set<UInt64>] = [:]
    }
    let shared = Mutex(Shared())

    /// - Parameters:
    ///   - index: the target sequences (for the default profile, those without a program).
    ///   - seeds: programs the mutator starts from (the programs folder).
    ///   - callable: A-numbers with a program, for `seq` insertions.
    public init(index: SequenceIndex, profile: MiningProfile, sink: FindSink, resolver: ProgramResolver?,
                seeds: [Program], callable: [Int], clock: @escaping @Sendable () -> UInt64 = { monotonicNanoseconds() }) {
        self.index = index
        self.profile = profile
        self.sink = sink
        self.resolver = resolver
        self.clock = clock
        self.seeds = seeds
        self.callable = callable
        statistics0 = ProgramStatistics.learn(from: seeds)
        func positions(_ names: [String]) -> [Int] { names.compactMap { n in index.matchers.firstIndex { $0.name == n } } }
        matcherIndices = positions(profile.matchers)
        cellMatcherIndices = positions(profile.cellMatchers)
    }

    public var statistics: MiningStatistics { shared.withLock { $0.statistics } }
    public var finds: [Find] { shared.withLock { $0.finds } }

    /// Sequences solved elsewhere (by other workers): they leave the targets, and their
    /// programs join the mutator's preferred sources.
    public func absorb(_ programs: [Program], solved: [Int]) {
        shared.withLock { s in
            s.claimed.formUnion(solved.compactMap { index.database.position(of: SequenceID($0)) })
            s.recent.append(contentsOf: programs)
        }
    }

    /// Runs one worker until `stop`, the deadline (monotonic ns) or `candidates` is reached;
    /// returns the number of candidates it generated. The random stream is derived from
    /// `seed` and `worker`, or is exactly `stream` when given (a coordinator's work unit:
    /// the same stream as worker 0 of `miner mine --seed stream`).
    @discardableResult
    public func runWorker(_ worker: Int, seed: UInt64, stream: UInt64? = nil, candidates budget: Int? = nil, deadline: UInt64? = nil,
                          onFind: (Find) -> Void = { _ in }) -> Int {
        var rng = SeededRandom(seed: stream ?? seed &+ UInt64(worker) &* 0x5851_F42D_4C95_7F2D)
        var mutator = Mutator(sources: seeds, callable: callable, statistics: statistics0)
        var statistical = StatisticalGenerator(statistics: statistics0)
        var enumerator = Enumerator(start: (stream ?? seed &+ UInt64(worker)) % 100_000 &* 997)
        let weights = [("mutational", profile.generators["mutational"] ?? 0), ("statistical", profile.generators["statistical"] ?? 0),
                       ("enumerative", profile.generators["enumerative"] ?? 0)].filter { $0.1 > 0 }
        var screening = EvaluationLimits(maxSteps: profile.screeningSteps, maxMemory: 250)
        screening.bigNumberCost = true
        let quickLimits = EvaluationLimits(maxSteps: profile.screeningSteps * 2)
        // Finds that need more than this per term are left to a profile with a bigger budget.
        let fullLimits = EvaluationLimits(maxSteps: profile.screeningSteps * 50)
        let finder = MatchFinder(index: index, resolver: resolver)
        let minimizer = Minimizer(resolver: resolver, clock: clock)
        // Behaviours seen by this worker in earlier runs (a coordinator's earlier units) are skipped too.
        var seen = shared.withLock { $0.fingerprints.removeValue(forKey: worker) } ?? Set<UInt64>()
        defer { shared.withLock { [seen] s in s.fingerprints[worker] = seen } }
        var local = MiningStatistics()
        var done = 0
        var recentSeen = 0
        let terms = max(profile.screeningTerms, SequenceIndex.keyLength)
        var vectors = [[Int]](repeating: [], count: 8)

        func flush() {
            shared.withLock { $0.statistics.add(local) }
            local = MiningStatistics()
        }

        while !stop.isCancelled {
            if let budget, done >= budget { break }
            if let deadline, done % 64 == 0, clock() >= deadline { break }
            done += 1
            if done % 256 == 0 {
                flush()
                let fresh: [Program] = shared.withLock { s in s.recent.count > recentSeen ? Array(s.recent[recentSeen...]) : [] }
                recentSeen += fresh.count
                mutator.sources.insert(contentsOf: fresh.reversed(), at: 0)
                if seen.count > 4_000_000 { seen.removeAll(keepingCapacity: true) }
            }
            let t0 = clock()
            let kind = pick(weights, &rng)
            let program: Program
            switch kind {
            case "mutational": program = mutator.next(&rng)
            case "enumerative": program = enumerator.next(&rng)
            default: program = statistical.next(&rng)
            }
            let t1 = clock()
            local.generateNanos += t1 - t0
            local.candidates += 1

            // Screening: the first terms of every cell, on a small budget.
            guard !program.code.isEmpty, let evaluator = try? Evaluator(program, resolver: resolver, limits: screening) else {
                local.screenedOut += 1
                continue
            }
            let cells = min((program.highestCell ?? 0) + 1, vectors.count)
            for k in 0..<cells { vectors[k].removeAll(keepingCapacity: true) }
            let computed = MiningSession.extend(&vectors, cells: cells, evaluator, from: 0, to: terms)
            // a cell is usable when it has every computed term (a big value ends its vector)
            let usableCells = (0..<cells).filter { vectors[$0].count == computed && computed >= SequenceIndex.keyLength }
            let t2 = clock()
            local.evaluateNanos += t2 - t1
            var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325
            var usable = 0
            for k in usableCells {
                usable += 1
                for v in vectors[k] { fingerprint = (fingerprint ^ UInt64(bitPattern: Int64(v))) &* 0x0000_0100_0000_01b3 }
                fingerprint = (fingerprint ^ UInt64(k)) &* 0x0000_0100_0000_01b3
            }
            if usable == 0 {
                local.screenedOut += 1
                continue
            }
            if !seen.insert(fingerprint).inserted {
                local.duplicates += 1
                continue
            }

            // Matching: every usable cell, through the profile's matchers.
            var hits: [(Int, SequenceMatch)] = []
            for k in usableCells {
                local.lookups += 1
                index.lookup(vectors[k], matchers: k == 0 ? matcherIndices : cellMatcherIndices) { hit in
                    hits.append((k, hit))
                    return hits.count < 16
                }
            }
            let t3 = clock()
            local.matchNanos += t3 - t2
            guard !hits.isEmpty else {
                local.slowestCandidateNanos = max(local.slowestCandidateNanos, t3 - t0)
                continue
            }
            local.hits += hits.count

            // More terms of every cell, for predicting targets without building programs.
            if computed == terms {
                _ = MiningSession.extend(&vectors, cells: cells, evaluator, from: terms, to: SequenceIndex.storedLength + 9)
            }

            verify(program, evaluator, cells, hits, vectors, worker: worker, started: t3, quickLimits: quickLimits, fullLimits: fullLimits, finder: finder,
                   minimizer: minimizer, local: &local, onFind: onFind)
            let t4 = clock()
            local.verifyNanos += t4 - t3
            local.slowestCandidateNanos = max(local.slowestCandidateNanos, t4 - t0)
        }
        flush()
        return done
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

    static func agrees(_ predicted: [Int], _ terms: [Number]) -> Bool {
        for i in 0..<min(predicted.count, terms.count) where terms[i].intValue != predicted[i] { return false }
        return true
    }

    /// Extends and checks the hits of one candidate within its time budget; stores finds.
    func verify(_ program: Program, _ evaluator: Evaluator, _ cells: Int, _ hits: [(Int, SequenceMatch)], _ screened: [[Int]],
                worker: Int, started t3: UInt64,
                quickLimits: EvaluationLimits, fullLimits: EvaluationLimits, finder: MatchFinder, minimizer: Minimizer, local: inout MiningStatistics,
                onFind: (Find) -> Void) {
        let claimed = shared.withLock { s in Set(hits.map(\.1.sequence).filter { s.claimed.contains($0) }) }
        var vectors = screened
        var extended = false
        // Verification: extend, check every known term; all of it within the candidate's time budget.
        let candidateDeadline = t3 + UInt64(profile.verifySeconds * 1e9)
        var tried = Set<Int>()
        // First terms of each distinct extended program, computed once per candidate.
        var firstTerms: [Program: [Number]] = [:]
        for (k, hit) in hits where !claimed.contains(hit.sequence) && !tried.contains(hit.sequence) {
            if clock() >= candidateDeadline { break }
            tried.insert(hit.sequence)
            let sequence = index.database.sequences[hit.sequence]
            // Quick reject from the candidate's own terms, when the matcher can predict the target's.
            let matcher = index.matchers[hit.matcher]
            if let predicted = matcher.predict(vectors[k], candidate: hit.candidate, target: hit.target),
               !MiningSession.agrees(predicted, sequence.terms) {
                local.rejectedPredicted += 1
                continue
            }
            // Survived: compute more of the candidate's own terms once, and predict again.
            if !extended {
                extended = true
                let known = vectors[0].count
                if known == vectors.prefix(cells).map(\.count).max() {
                    _ = MiningSession.extend(&vectors, cells: cells, evaluator, from: known, to: MiningSession.extendedTerms)
                }
                if let predicted = matcher.predict(vectors[k], candidate: hit.candidate, target: hit.target),
                   !MiningSession.agrees(predicted, sequence.terms) {
                    local.rejectedPredicted += 1
                    continue
                }
            }
            var candidate = program
            if k != 0 { candidate.instructions.append(Instruction(.mov, .cell(0), .cell(k))) }
            guard let target = finder.targetProgram(candidate, hit) else { continue }
            // Otherwise a few more terms than the key, on a moderate budget.
            let quick = sequence.terms.prefix(SequenceIndex.storedLength + 8)
            if firstTerms[target] == nil {
                var computed: [Number] = []
                if let q = try? Evaluator(target, resolver: resolver, limits: quickLimits) {
                    computed = q.evaluate(count: SequenceIndex.storedLength + 8).values
                }
                firstTerms[target] = computed
            }
            guard let computed = firstTerms[target], computed.count >= quick.count, zip(computed, quick).allSatisfy({ $0 == $1 }) else {
                local.rejectedEarly += 1
                continue
            }
            guard let e = try? Evaluator(target, resolver: resolver, limits: fullLimits) else { continue }
            e.context.overallDeadline = candidateDeadline
            let c0 = clock()
            let result = e.check(against: sequence.terms)
            local.checkNanos += clock() - c0
            guard result.status != .error else {
                local.rejectedLate += 1
                continue
            }
            local.verified += 1
            let mine = shared.withLock { s in s.claimed.insert(hit.sequence).inserted }
            guard mine else { continue }
            let s0 = clock()
            defer { local.storeNanos += clock() - s0 }
            let remaining = Double(candidateDeadline > clock() ? candidateDeadline - clock() : 0) / 1e9
            let final = profile.minimize && remaining > 0.01 ? minimizer.minimize(target, for: sequence, seconds: remaining) : target
            let outcome = sink.accept(final, for: sequence, worker: worker)
            if outcome == .kept { continue }
            if outcome == .added { local.finds += 1 } else { local.improvements += 1 }
            let find = Find(sequence: sequence, matcher: index.matchers[hit.matcher].name, program: final, outcome: outcome, worker: worker)
            shared.withLock { s in
                s.recent.append(final)
                s.finds.append(find)
            }
            onFind(find)
        }
    }
}
