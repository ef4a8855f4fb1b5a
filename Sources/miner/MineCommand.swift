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
        Interrupts.install()
        let setup = MiningSetup(
            data: data, bfiles: bfileOptions.load(), programs: programs, profile: chosen, stop: Interrupts.first,
            run: "\(jobs) jobs, seed \(seed)", log: { log($0) })
        let (session, sink) = (setup.session, setup.sink)
        let deadline = minutes.map { monotonicNanoseconds() + UInt64($0 * 60e9) }
        let interactive = isatty(1) != 0
        let lastFind = Shared("-")  // the last find, for the status line
        var tick = 0
        let elapsed = MiningRun(session: session, jobs: jobs, seed: seed, candidates: candidates, deadline: deadline).run(
            onFind: { find in
                lastFind.withLock { $0 = "\(find.sequence.id) (\(find.matcher))" }
                if !interactive { log("\(find.outcome == .added ? "new" : "better") \(find.sequence.id) via \(find.matcher): \(find.sequence.name.prefix(70))") }
            },
            tick: { elapsed in
                tick += 1
                sink.flush()
                let s = session.statistics
                let line = String(
                    format: "%.0f s  %d candidates (%.0f/s)  %d found  %d improved  last: %@",
                    elapsed, s.candidates, Double(s.candidates) / max(elapsed, 0.001), s.finds, s.improvements, lastFind.withLock { $0 })
                if interactive {
                    FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8))
                } else if tick % 10 == 0 {
                    log(line)
                }
            })
        if interactive { print("") }
        sink.flush(force: true)
        for line in setup.summary(seconds: elapsed, jobs: jobs, published: data.loadPublishedLengths()) { print(line) }
        reportBFileProblems(session.bfiles)
    }

    func loadProfile() throws -> MiningProfile { loadMiningProfile(profile, from: profiles) }

}
