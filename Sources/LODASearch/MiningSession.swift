import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODASequences
import Synchronization

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
    public init(
        index: SequenceIndex, profile: MiningProfile, sink: FindSink, resolver: ProgramResolver?,
        seeds: [Program], callable: [Int], bfiles: BFiles? = nil, stop: CancellationFlag = CancellationFlag(),
        clock: @escaping @Sendable () -> UInt64 = { monotonicNanoseconds() }
    ) {
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
                Underdetermined.mayBeMechanical(prefix: prefix)
            else { continue }
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
    /// returns the number of candidates it evaluated (generated programs that it had not
    /// generated before). The random stream is derived from `seed` and `worker`, or is exactly
    /// `stream` when given (a coordinator's work unit: the same stream as worker 0 of
    /// `miner mine --seed stream`).
    @discardableResult
    public func runWorker(
        _ worker: Int, seed: UInt64, stream: UInt64? = nil, candidates budget: Int? = nil, deadline: UInt64? = nil,
        onFind: (Find) -> Void = { _ in }
    ) -> Int {
        prepareTargets()
        // Behaviours seen by this worker in earlier runs (a coordinator's earlier units) are skipped too.
        let memory = shared.withLock { $0.memories.removeValue(forKey: worker) } ?? WorkerMemory()
        var loop = MiningWorker(session: self, worker: worker, seed: seed, stream: stream, memory: memory)
        let done = loop.run(candidates: budget, deadline: deadline, onFind: onFind)
        shared.withLock { [memory = loop.memory] s in s.memories[worker] = memory }
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

}
