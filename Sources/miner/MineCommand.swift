import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI
import Synchronization

struct MineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mine",
        abstract: "Mine for programs of sequences (the default command).",
        discussion: """
            Generates candidate programs (mutations of known programs, random programs from learned \
            statistics, systematic enumeration), evaluates their first terms on a small budget, looks every \
            memory cell up in the sequence index, and writes verified, minimized programs to the programs \
            folder. Ctrl-C stops cleanly after the writes in progress.
            Example: miner --minutes 5 --jobs 2 --seed 1
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bfileOptions: BFileOptions
    @Option(name: .long, help: "Programs folder (read for seeds and solved sequences, written with finds).") var programs: String = "programs"
    @Option(name: [.short, .long], help: "Worker threads.") var jobs: Int = 1
    @Option(name: .long, help: "Random seed (the same seed replays the same candidates per worker).") var seed: UInt64 = 1
    @Option(name: .long, help: "Stop after this many minutes.") var minutes: Double?
    @Option(name: .long, help: "Stop after this many candidates per worker.") var candidates: Int?
    @Option(name: .long, help: "Profile name (from --profiles).") var profile: String = "default"
    @Option(name: .long, help: "Profiles file.") var profiles: String = "profiles.json"

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let minutes, minutes <= 0 { throw ValidationError("--minutes must be positive") }
        if let candidates, candidates < 1 { throw ValidationError("--candidates must be at least 1") }
    }

    func run() throws {
        let chosen = try loadProfile()
        let started = monotonicNanoseconds()
        let (database, fullIndex, outcome) = data.loadIndexed()

        let store = ProgramStore(root: programs)
        store.directory.remembersMissing = true
        let pool = ProgramPool(folder: programs)
        store.dependents = pool.dependents(database)
        var guessed = Set<SequenceID>()
        if chosen.guessRecurrences == true {
            let t0 = monotonicNanoseconds()
            guessed = RecurrencePass.run(database.sequences, skipping: pool.solved, store: store).writtenSequences
            log("recurrences: wrote \(guessed.count) verified programs in \(secondsSince(t0)) s")
        }
        let excluded = pool.excluded(profile: chosen, alsoSolved: guessed)
        let index = fullIndex.excluding(excluded)
        log(
            "loaded \(database.count) sequences, \(pool.seeds.count) programs; \(database.count - excluded.count) targets indexed in \(secondsSince(started)) s (\(outcome)); profile \(chosen.name), \(jobs) jobs, seed \(seed)"
        )

        let sink = StoreSink(store) { printError($0) }
        Interrupts.install()
        let session = MiningSession(
            index: index, profile: chosen, sink: sink, resolver: store.directory,
            seeds: pool.seeds, callable: pool.callable, bfiles: bfileOptions.load(), stop: Interrupts.first)
        // Improving existing programs: a stored program is replaced only by a shorter one (or
        // one the policy prefers), so candidates that are not shorter are not verified for it.
        if chosen.targets == .all { session.noteStoredLengths(pool.lengths) }
        let deadline = minutes.map { monotonicNanoseconds() + UInt64($0 * 60e9) }
        let interactive = isatty(1) != 0
        let lastFind = LastFind()
        var tick = 0
        let elapsed = MiningRun(session: session, jobs: jobs, seed: seed, candidates: candidates, deadline: deadline).run(
            onFind: { find in
                lastFind.set("\(find.sequence.id) (\(find.matcher))")
                if !interactive { log("\(find.outcome == .added ? "new" : "better") \(find.sequence.id) via \(find.matcher): \(find.sequence.name.prefix(70))") }
            },
            tick: { elapsed in
                tick += 1
                sink.flush()
                let s = session.statistics
                let line = String(
                    format: "%.0f s  %d candidates (%.0f/s)  %d found  %d improved  last: %@",
                    elapsed, s.candidates, Double(s.candidates) / max(elapsed, 0.001), s.finds, s.improvements, lastFind.get())
                if interactive {
                    FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8))
                } else if tick % 10 == 0 {
                    log(line)
                }
            })
        if interactive { print("") }
        sink.flush(force: true)
        let s = session.statistics
        for line in s.report(seconds: elapsed, jobs: jobs) { print(line) }
        let finds = session.finds.sorted { $0.sequence.id < $1.sequence.id }
        print(LengthReport(session.finds, published: data.loadPublishedLengths()).summary)
        reportBFileProblems(session.bfiles)
        let why = sink.reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let found: [SequenceID] = Array(Set(finds.map(\.sequence.id))).sorted()
        let list = found.isEmpty ? "" : ": " + found.map(\.description).joined(separator: " ")
        print("found \(s.finds) new and \(s.improvements) better programs" + (why.isEmpty ? "" : " (\(why))") + list)
    }

    func loadProfile() throws -> MiningProfile { loadMiningProfile(profile, from: profiles) }

    func secondsSince(_ t: UInt64) -> String { String(format: "%.1f", Double(monotonicNanoseconds() - t) / 1e9) }
}
