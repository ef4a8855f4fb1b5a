import ArgumentParser
import Foundation
import MinerCLI

/// `miner serve ...` runs the coordinator binary (`miner-serve`, built beside `miner`), so
/// the miner itself builds without the server and database packages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the coordinator (the miner-serve binary; `miner serve --help` lists its options).",
        discussion: "Example: miner serve --listen 127.0.0.1:8740 --db coordinator/coordinator.sqlite",
        helpNames: [])

    @Argument(parsing: .allUnrecognized, help: "Options of miner-serve.") var arguments: [String] = []

    func run() throws { runSibling("miner-serve", arguments, what: "the coordinator") }
}
