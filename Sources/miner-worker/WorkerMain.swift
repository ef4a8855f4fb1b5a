import ArgumentParser
import LODAWorker
import MinerCLI

/// The networked commands of `miner` (`miner worker`, `miner status`, `miner bench --suite
/// coordinator` run this binary with the same arguments).
@main
struct WorkerMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miner",
        abstract: "Lodestone's networked commands: the worker, the coordinator's status, the coordinator benchmark.",
        subcommands: [WorkerCommand.self, StatusCommand.self, BenchCoordinatorCommand.self])
}
