import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a program and print its terms.",
        discussion: """
            Prints the terms comma-separated on one line, from the program's #offset. On an error, the \
            terms computed so far are printed, then the error message on stderr, and the exit status is 1.
            Example: miner eval Tests/LODATests/Fixtures/programs/oeis/000/A000045.asm -t 10
            """)

    @Argument(help: "A program file, or an A-number looked up in the programs folder.")
    var program: String

    @Option(name: [.short, .customLong("terms")], help: "Number of terms.")
    var terms: Int = 8

    @OptionGroup var options: RunOptions

    @Flag(name: [.short, .long], help: "Print each term's step count instead of its value.")
    var steps = false

    @Flag(name: [.short, .long], help: "Print 'n value' lines (b-file format) as they are computed.")
    var bfile = false

    @Option(name: .long, help: "Wall-clock seconds per term.")
    var timeout: Double?

    func validate() throws {
        if terms < 0 { throw ValidationError("--terms must not be negative") }
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let directory = ProgramDirectory(options.programs)
        let program: Program
        do { program = try loadProgram(self.program, programs: directory).0 } catch { fail(error.description) }
        var limits = options.limits
        limits.timeoutPerTerm = timeout
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: directory, limits: limits) } catch { fail(error.description) }
        evaluator.context.debugOutput = { print($0) }
        var line: [String] = []
        let result = evaluator.evaluate(count: terms) { term in
            if bfile {
                print("\(term.n) \(steps ? String(term.steps) : term.value.description)")
            } else {
                line.append(steps ? String(term.steps) : term.value.description)
            }
        }
        if !bfile && !line.isEmpty { print(line.joined(separator: ",")) }
        if let error = result.error {
            flushStandardOutput()
            fail(error.description)
        }
    }
}
