import ArgumentParser
import Foundation
import LODACoordinator
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import LODAWorker
import MinerCLI
import Synchronization

struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Mine work units leased from a coordinator and submit the finds.",
        discussion: """
            Each job leases a seeded unit, mines it with the miner and completes it. Finds are written to \
            the journal before they are sent and leave it only when the coordinator has answered, so a \
            coordinator that is away for a while, or a restart of the worker, loses nothing. Programs \
            accepted from other workers are fetched into --programs and mutated too. Ctrl-C stops after the \
            current candidates; unfinished units are handed out again when their leases expire.
            Example: miner worker --coordinator http://127.0.0.1:8740 --token-file coordinator/worker.token --jobs 2
            """)

    @Option(name: .long, help: "Coordinator URL.") var coordinator = "http://127.0.0.1:8740"
    @Option(name: .long, help: "File holding the worker token.") var tokenFile = "coordinator/worker.token"
    @Option(name: [.short, .long], help: "Mining threads (each leases its own units).") var jobs = 1
    @Option(name: .long, help: "Worker name shown by the coordinator (default: host-pid).") var name: String?
    @Option(name: .long, help: "Journal of finds not yet answered by the coordinator.") var journal = "worker.journal"
    @Option(name: .long, help: "Local programs folder (seeds, seq calls; programs accepted by the coordinator are added).")
    var programs = "programs"
    @OptionGroup var data: DataOptions
    @OptionGroup var bfileOptions: BFileOptions
    @Option(name: .long, help: "Profiles file.") var profiles = "profiles.json"
    @Option(name: .long, help: "Stop after each job completed this many units.") var units: Int?
    @Option(name: .long, help: "Stop after this many minutes (an unfinished unit is redone by someone else).") var minutes: Double?
    @Flag(name: .long, help: "Exit when the coordinator has no more units instead of waiting.") var exitWhenIdle = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let units, units < 1 { throw ValidationError("--units must be at least 1") }
        if let minutes, minutes <= 0 { throw ValidationError("--minutes must be positive") }
        _ = try coordinatorURL(coordinator)
    }

    func run() throws {
        guard let tokenText = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
            fail("\(tokenFile): cannot read the worker token (the coordinator writes it on first start)")
        }
        let token = tokenText.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { fail("\(tokenFile): the token file is empty") }
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "host"
        let workerName = name ?? "\(host)-\(getpid())"
        let journalFile: Journal
        do { journalFile = try Journal(path: journal) } catch { fail("\(error)") }
        if journalFile.count > 0 { log("journal \(journal): \(journalFile.count) finds from an earlier run will be sent first") }
        if journalFile.unreadable > 0 {
            log("journal \(journal): \(journalFile.unreadable) unreadable lines (a torn last line after a crash, or damage) kept in \(journalFile.unreadablePath)")
        }

        let (database, fullIndex, outcome) = data.loadIndexed()
        log("loaded \(database.count) sequences (\(outcome))")
        let bfiles = bfileOptions.load()
        let client = CoordinatorClient(base: try coordinatorURL(coordinator), token: token)
        let folder = ProgramStore(root: programs)
        let profilesFile = profiles
        let programsFolder = programs
        // The runner builds one session per profile (units of one coordinator share a profile).
        let makeSession: @Sendable (String, FindSink) throws -> MiningSession = { profileName, sink in
            let profile = loadMiningProfile(profileName, from: profilesFile)
            let t0 = monotonicNanoseconds()
            let pool = ProgramPool(folder: programsFolder)
            let index = fullIndex.excluding(pool.excluded(profile: profile))
            let resolver = ProgramDirectory(programsFolder)
            resolver.remembersMissing = true
            let session = MiningSession(
                index: index, profile: profile, sink: sink, resolver: resolver,
                seeds: pool.seeds, callable: pool.callable, bfiles: bfiles)
            log(
                "profile \(profile.name): \(pool.seeds.count) seed programs, \(database.count - pool.excluded(profile: profile).count) targets, ready in \(String(format: "%.1f", Double(monotonicNanoseconds() - t0) / 1e9)) s"
            )
            return session
        }
        let options = WorkerRunner.Options(
            name: workerName, jobs: jobs, unitsPerJob: units,
            deadline: minutes.map { monotonicNanoseconds() + UInt64($0 * 60e9) }, exitWhenIdle: exitWhenIdle)
        let runner = WorkerRunner(
            client: client, journal: journalFile, options: options, database: database, folder: folder,
            makeSession: makeSession, log: { log($0) }, stop: Interrupts.first, senderStop: Interrupts.second)
        // The first Ctrl-C stops mining and drains the journal; a second one leaves at once.
        Interrupts.install(terminate: true)
        log("worker \(workerName): \(jobs) jobs, coordinator \(coordinator)")
        let started = monotonicNanoseconds()
        let tally = runner.run()
        let elapsed = Double(monotonicNanoseconds() - started) / 1e9
        let answers = tally.answers.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print(
            String(
                format:
                    "worker %@: %.1f s, %d units completed (%d not counted), %d candidates in %.1f s of mining (%.0f per second), %d finds submitted (%@), %d programs fetched, %d retries, %d finds left in the journal",
                workerName, elapsed, tally.unitsCompleted, tally.unitsNotCounted, tally.candidates, tally.miningSeconds,
                Double(tally.candidates) / max(tally.miningSeconds, 0.001),
                tally.finds, answers.isEmpty ? "none answered" : answers, tally.fetched, tally.retries, journalFile.count))
        if let error = runner.fatalError { fail(error) }
    }
}
