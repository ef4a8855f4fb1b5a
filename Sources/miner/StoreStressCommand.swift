import ArgumentParser
import MinerCLI
import LODAProgramStore

/// Test support (hidden): rewrites one file atomically in a loop, alternating two
/// contents, so a test can kill the process mid-write and inspect what is left.
struct StoreStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_store-stress", shouldDisplay: false)

    @Option var path: String
    @Option var count: Int = 1000
    @Option var size: Int = 200_000

    func run() throws {
        let a = String(repeating: "; A\n", count: size / 4)
        let b = String(repeating: "; B\n", count: size / 4)
        for i in 0..<count {
            try ProgramStore.writeAtomically(i % 2 == 0 ? b : a, to: path)
        }
    }
}
