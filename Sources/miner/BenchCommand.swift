import ArgumentParser
import Foundation
import LODABench
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI

struct BenchCommand: ParsableCommand {
    /// The suites; a misspelt `--suite` fails at parsing with the allowed values listed.
    enum Suite: String, ExpressibleByArgument, CaseIterable {
        case all, interpreter, accelerators, startup, sequences, mining, coordinator
        case falseFinds = "false-finds"
    }

    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the interpreter, the sequence index and the miner (prints figures; not a test).",
        discussion: "Example: miner bench --repeat 5")

    @Option(name: .long, help: "Runs per program; the median is reported.")
    var `repeat`: Int = 3

    @Option(
        name: .long,
        help: "What to measure: interpreter, accelerators, startup, sequences, mining, false-finds, coordinator, or all (interpreter, accelerators, startup and sequences).")
    var suite: Suite = .all

    @Option(name: .long, help: "Seconds of mining for the mining suite.")
    var seconds: Double = 60

    @Option(name: .long, help: "Worker threads for the mining suite.")
    var jobs: Int = 1

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "False-finds suite: terms each row is cut to.")
    var cut: Int = 40

    @Flag(name: .long, help: "False-finds suite: mine with the full rows as b-files.")
    var withBfiles = false

    @Option(name: .long, help: "False-finds suite: terms after the known ones a find must compute (default: the profile's).")
    var lookahead: Int?

    @Option(name: .long, help: "False-finds suite: write a tab-separated line per find to this file.")
    var table: String?

    @Flag(name: .long, help: "False-finds suite: refuse finds whose known terms cannot pin the sequence down (see README).")
    var refuseUnderdetermined = false

    @Flag(name: .long, help: "False-finds suite: keep finds that another program contradicts right after the known terms.")
    var keepAmbiguous = false

    @Option(name: .long, help: "False-finds suite: candidates per stored sequence checked only to compare with its program (default: the profile's).")
    var ambiguityProbes: Int?

    @Option(name: .long, help: "False-finds suite: terms after the known ones compared to tell two programs apart (default: the profile's).")
    var ambiguityTerms: Int?

    @Flag(name: .long, help: "False-finds suite: mine also the targets whose known terms are mechanical (Beatty-like).")
    var keepMechanical = false

    @Option(name: .long, help: "Coordinator suite: programs folder whose programs are submitted.")
    var programs: String = "programs"

    @Option(name: .long, help: "Coordinator suite: number of submissions.")
    var submissions: Int = 2000

    @Option(name: .long, help: "Coordinator suite: concurrent clients.")
    var concurrency: Int = 16

    @Option(name: .long, help: "Coordinator suite: database (default: a new SQLite file; or a postgres:// URL, whose tables must be empty).")
    var db: String?

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
        if cut < 1 { throw ValidationError("--cut must be at least 1") }
        if submissions < 1 || concurrency < 1 { throw ValidationError("--submissions and --concurrency must be at least 1") }
    }

    func run() throws {
        if suite == .mining {
            let (_, index, outcome) = data.loadIndexed()
            print("== data: \(outcome)")
            print(MiningBenchmark.run(index: index, jobs: jobs, seconds: seconds, published: data.loadPublishedLengths()))
            return
        }
        if suite == .falseFinds {
            var settings = FalseFindsBenchmark.Settings()
            (settings.cut, settings.withBFiles, settings.seconds, settings.jobs, settings.table) = (cut, withBfiles, seconds, jobs, table)
            (settings.lookahead, settings.refuseUnderdetermined, settings.keepAmbiguous) = (lookahead, refuseUnderdetermined, keepAmbiguous)
            (settings.ambiguityProbes, settings.ambiguityTerms, settings.keepMechanical) = (ambiguityProbes, ambiguityTerms, keepMechanical)
            do { print(try FalseFindsBenchmark.suite(database: data.load(), settings) { printError($0) }) } catch {
                fail("false finds: cannot write the b-files: \(error)")
            }
            return
        }
        if suite == .coordinator {
            // The load generator is an HTTP client: it lives in miner-worker.
            var arguments =
                [
                    "bench-coordinator", "--programs", programs, "--submissions", String(submissions), "--concurrency", String(concurrency)
                ] + data.childArguments
            if let db { arguments += ["--db", db] }
            runSibling("miner-worker", arguments, what: "the coordinator benchmark")
        }
        do {
            if suite == .all || suite == .interpreter {
                print("== interpreter")
                print(try InterpreterBenchmark.run(repeats: `repeat`))
            }
            if suite == .all || suite == .accelerators {
                if suite == .all { print("") }
                print("== accelerators (incremental and virtual evaluation against the plain interpreter)")
                print(try AcceleratorBenchmark.run(repeats: `repeat`))
            }
            if suite == .all || suite == .startup {
                if suite == .all { print("") }
                print("== startup")
                print(try StartupBenchmark.run(miner: siblingExecutable("miner"), runs: max(11, 10 * `repeat` + 1), sequences: data.sequences))
            }
            if suite == .all || suite == .sequences {
                if suite == .all { print("") }
                print("== sequences")
                print(try SequenceBenchmark.run(stripped: data.sequences, names: data.namesIfPresent, offsets: data.offsetsIfPresent))
                print(try IndexScaleBenchmark.run(miner: siblingExecutable("miner"), stripped: data.sequences, names: data.namesIfPresent, offsets: data.offsetsIfPresent))
            }
        } catch let error as DataFileError {
            fail(error.description)
        } catch {
            fail("bench: \(error)")
        }
    }
}
