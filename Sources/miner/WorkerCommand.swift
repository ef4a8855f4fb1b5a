import ArgumentParser
import Foundation
import MinerCLI

/// `miner worker ...` runs `miner-worker worker ...`: the HTTP client lives there, so that
/// `miner` loads no networking code.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Mine work units leased from a coordinator and submit the finds (`miner worker --help` lists the options).",
        discussion: "Example: miner worker --coordinator http://127.0.0.1:8740 --token-file coordinator/worker.token --jobs 2",
        helpNames: [])

    @Argument(parsing: .allUnrecognized, help: "Options of the worker.") var arguments: [String] = []

    func run() throws { runSibling("miner-worker", ["worker"] + arguments, what: "the worker") }
}
