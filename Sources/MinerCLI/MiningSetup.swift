import Foundation
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences

/// What `miner mine` mines with: the data and its index, the programs folder as store and
/// pool (after the recurrence pass when the profile asks for it), and a session over the
/// targets the profile selects, writing its finds through a `StoreSink`.
public struct MiningSetup {
    public let database: SequenceDatabase
    public let store: ProgramStore
    public let pool: ProgramPool
    public let sink: StoreSink
    public let session: MiningSession

    /// Loads and prepares everything; `log` gets one line per stage (`run` describes the run
    /// in the line that says what was loaded).
    public init(
        data: DataOptions, bfiles: BFiles?, programs: String, profile: MiningProfile, stop: CancellationFlag,
        run: String, log: (String) -> Void
    ) {
        let started = monotonicNanoseconds()
        func secondsSince(_ t: UInt64) -> String { String(format: "%.1f", Double(monotonicNanoseconds() - t) / 1e9) }
        let (database, fullIndex, outcome) = data.loadIndexed()
        let store = ProgramStore(root: programs)
        store.directory.remembersMissing = true
        let pool = ProgramPool(folder: programs)
        store.dependents = pool.dependents(database)
        var guessed = Set<SequenceID>()
        if profile.guessRecurrences == true {
            let t0 = monotonicNanoseconds()
            guessed = RecurrencePass.run(database.sequences, skipping: pool.solved, store: store).writtenSequences
            log("recurrences: wrote \(guessed.count) verified programs in \(secondsSince(t0)) s")
        }
        let excluded = pool.excluded(profile: profile, alsoSolved: guessed)
        let index = fullIndex.excluding(excluded)
        log(
            "loaded \(database.count) sequences, \(pool.seeds.count) programs; \(database.count - excluded.count) targets indexed in \(secondsSince(started)) s (\(outcome)); profile \(profile.name), \(run)"
        )
        let sink = StoreSink(store) { printError($0) }
        let session = MiningSession(
            index: index, profile: profile, sink: sink, resolver: store.directory,
            seeds: pool.seeds, callable: pool.callable, bfiles: bfiles, stop: stop)
        // Improving existing programs: a stored program is replaced only by a shorter one (or
        // one the policy prefers), so candidates that are not shorter are not verified for it.
        if profile.targets == .all { session.noteStoredLengths(pool.lengths) }
        (self.database, self.store, self.pool, self.sink, self.session) = (database, store, pool, sink, session)
    }

    /// The summary after a run of `seconds` on `jobs` threads: the statistics, the lengths
    /// against the published programs, and the finds.
    public func summary(seconds: Double, jobs: Int, published: [SequenceID: Int]) -> [String] {
        let s = session.statistics
        let finds = session.finds
        let why = sink.reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let found = Array(Set(finds.map(\.sequence.id))).sorted()
        let list = found.isEmpty ? "" : ": " + found.map(\.description).joined(separator: " ")
        return s.report(seconds: seconds, jobs: jobs) + [
            LengthReport(finds, published: published).summary,
            "found \(s.finds) new and \(s.improvements) better programs" + (why.isEmpty ? "" : " (\(why))") + list
        ]
    }
}
