import ArgumentParser
import Foundation
import LODAEvaluator
import LODAProgramStore
import LODABench

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the interpreter on a fixed suite of programs (prints figures; not a test).",
        discussion: "Example: miner bench --repeat 5")

    @Option(name: .long, help: "Runs per program; the median is reported.")
    var `repeat`: Int = 3

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        do {
            let report = try InterpreterBenchmark.run(repeats: `repeat`)
            print(report)
        } catch {
            fail("bench: \(error)")
        }
    }
}
