import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

/// The program a command works on (a file or an A-number) and how it runs.
struct ProgramInput: ParsableArguments {
    @Argument(help: "A program file, or an A-number looked up in the programs folder.")
    var program: String

    @OptionGroup var run: RunOptions

    var directory: ProgramDirectory { ProgramDirectory(run.programs) }

    /// The program and its path, or exit with a one-line error.
    func load() -> (Program, String) {
        do { return try loadProgram(program, programs: directory) } catch { fail(error.description) }
    }

    /// Prints `rewritten` after checking that it computes the original's first `terms` terms.
    func printChecked(_ original: Program, _ rewritten: Program, path: String, verb: String, terms: Int) {
        let before: EvaluationRun, after: EvaluationRun
        do {
            before = try Evaluator(original, resolver: directory, limits: run.limits).evaluate(count: terms)
            after = try Evaluator(rewritten, resolver: directory, limits: run.limits).evaluate(count: terms)
        } catch { fail("\(path): \(error.description)") }
        for (i, term) in before.terms.enumerated() {
            guard i < after.terms.count else {
                fail("\(path): \(verb) program fails at a(\(term.n)): \(after.error?.description ?? "no term")")
            }
            if after.terms[i].value != term.value {
                fail("\(path): \(verb) program gives a(\(term.n)) = \(after.terms[i].value), the original \(term.value)")
            }
        }
        print(rewritten.description, terminator: rewritten.description.hasSuffix("\n") ? "" : "\n")
        printError("checked: the \(verb) program computes the same \(before.terms.count) terms")
    }
}
