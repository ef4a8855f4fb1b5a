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

/// `miner status ...` runs `miner-worker status ...`.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a coordinator's state: workers, units, submissions, finds per hour.",
        discussion: "Example: miner status --coordinator http://127.0.0.1:8740",
        helpNames: [])

    @Argument(parsing: .allUnrecognized, help: "Options of the status command.") var arguments: [String] = []

    func run() throws { runSibling("miner-worker", ["status"] + arguments, what: "the worker") }
}

/// Replaces this process by `name`, built beside `miner`, with `arguments`.
func runSibling(_ name: String, _ arguments: [String], what: String) -> Never {
    let binary = siblingExecutable(name)
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        fail("\(binary): \(what) is not built; run `swift build --product \(name)` (or `swift build`)")
    }
    flushStandardOutput()
    let argv = [binary] + arguments
    var cArgs = argv.map { strdup($0) } + [nil]
    execv(binary, &cArgs)
    fail("\(binary): cannot run: \(String(cString: strerror(errno)))")
}
