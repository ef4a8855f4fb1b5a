import ArgumentParser
import Foundation

/// `miner serve ...` runs the coordinator binary (`miner-serve`, built beside `miner`), so
/// the miner itself builds without the server and database packages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the coordinator (the miner-serve binary; `miner serve --help` lists its options).",
        discussion: "Example: miner serve --listen 127.0.0.1:8740 --db coordinator/coordinator.sqlite",
        helpNames: [])

    @Argument(parsing: .allUnrecognized, help: "Options of miner-serve.") var arguments: [String] = []

    func run() throws {
        let binary = siblingExecutable("miner-serve")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            fail("\(binary): the coordinator is not built; run `swift build --product miner-serve` (or `swift build`)")
        }
        let argv = [binary] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        execv(binary, &cArgs)
        fail("\(binary): cannot run: \(String(cString: strerror(errno)))")
    }
}
