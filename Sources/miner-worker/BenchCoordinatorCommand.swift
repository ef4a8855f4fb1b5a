import ArgumentParser
import LODAWorker
import MinerCLI

/// `miner bench --suite coordinator`.
struct BenchCoordinatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-coordinator",
        abstract: "Submissions to a coordinator on loopback (run by `miner bench --suite coordinator`).",
        shouldDisplay: false)

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Programs folder whose programs are submitted.") var programs = "programs"
    @Option(name: .long, help: "Number of submissions.") var submissions = 2000
    @Option(name: .long, help: "Concurrent clients.") var concurrency = 16
    @Option(name: .long, help: "Database (default: a new SQLite file; or a postgres:// URL, whose tables must be empty).") var db: String?

    func run() throws {
        do {
            try CoordinatorLoad.run(
                serve: siblingExecutable("miner-serve"), dataArguments: data.childArguments, programs: programs, db: db,
                submissions: submissions, concurrency: concurrency
            ) { print($0) }
        } catch {
            fail("\(error)")
        }
    }
}
