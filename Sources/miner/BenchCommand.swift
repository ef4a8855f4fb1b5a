import ArgumentParser
import Foundation
import LODAEvaluator
import LODAProgramStore
import LODABench
import LODASequences

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the interpreter on a fixed suite of programs (prints figures; not a test).",
        discussion: "Example: miner bench --repeat 5")

    @Option(name: .long, help: "Runs per program; the median is reported.")
    var `repeat`: Int = 3

    @Option(name: .long, help: "What to measure: interpreter, sequences, or all.")
    var suite: String = "all"

    @Option(name: .long, help: "OEIS 'stripped' file for the sequence benchmark.")
    var sequences: String = "sequences/stripped.gz"

    @Option(name: .long, help: "OEIS 'names' file for the sequence benchmark.")
    var names: String = "sequences/names.gz"

    @Option(name: .long, help: "OEIS offsets file for the sequence benchmark.")
    var offsets: String = "sequences/offsets.gz"

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
        if !["all", "interpreter", "sequences"].contains(suite) { throw ValidationError("--suite is interpreter, sequences or all") }
    }

    func run() throws {
        do {
            if suite != "sequences" {
                print("== interpreter")
                print(try InterpreterBenchmark.run(repeats: `repeat`))
            }
            if suite != "interpreter" {
                if suite == "all" { print("") }
                print("== sequences")
                print(try SequenceBenchmark.run(stripped: sequences, names: names, offsets: offsets))
            }
        } catch let error as DataFileError {
            fail(error.description)
        } catch {
            fail("bench: \(error)")
        }
    }
}
