import ArgumentParser
import Foundation
import MinerCLI

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
