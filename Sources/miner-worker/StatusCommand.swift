import ArgumentParser
import Foundation
import LODACoordinator
import LODAWorker
import MinerCLI

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a coordinator's state: workers, units, submissions, finds per hour.",
        discussion: "Example: miner status --coordinator http://127.0.0.1:8740")

    @Option(name: .long, help: "Coordinator URL.") var coordinator = "http://127.0.0.1:8740"
    @Flag(name: .long, help: "Print the JSON answer of GET /status.") var json = false
    @Flag(name: .long, help: "Print the Prometheus metrics of GET /metrics.") var metrics = false

    func run() throws {
        let client = CoordinatorClient(base: try coordinatorURL(coordinator), token: nil, timeout: 10)
        do {
            if metrics {
                print(try client.metrics(), terminator: "")
            } else if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(try client.status()), as: UTF8.self))
            } else {
                print(try client.status().text)
            }
        } catch {
            fail("\(error)")
        }
    }
}

/// The coordinator's base URL, with a trailing slash so API paths resolve below it.
func coordinatorURL(_ text: String) throws -> URL {
    let withSlash = text.hasSuffix("/") ? text : text + "/"
    guard let url = URL(string: withSlash), let scheme = url.scheme, scheme == "http" || scheme == "https", url.host != nil else {
        throw ValidationError("--coordinator must be an http:// URL, e.g. http://127.0.0.1:8740")
    }
    return url
}
