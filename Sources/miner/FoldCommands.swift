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

/// `fold` and `unfold`: the program, and how many terms prove the rewrite.
struct CheckedRewrite: ParsableArguments {
    @OptionGroup var input: ProgramInput

    @Option(name: [.short, .customLong("terms")], help: "Terms of the original and the result that must agree.")
    var terms: Int = 40

    func validate() throws {
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
    }
}

struct FoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fold",
        abstract: "Replace the code that computes a sequence by a seq call to its program.",
        discussion: """
            The code must be the called program's code with its cells renamed, outside loops, its other \
            cells unused elsewhere. The result is printed after checking that it computes the same terms.
            Example: miner fold my-program.asm A000045
            """)

    @OptionGroup var rewrite: CheckedRewrite

    @Argument(help: "The sequence whose program is folded in (A-number).")
    var sequence: String

    var input: ProgramInput { rewrite.input }

    func run() throws {
        let directory = input.directory
        let (program, path) = input.load()
        guard let id = ProgramID(sequence) else { fail("\(sequence): not an A-number") }
        let callee: Program
        do { callee = try directory.program(for: id) } catch { fail("\(sequence): \(error.description)") }
        let folded: Program
        do { folded = try program.folding(callee, id: id.number) } catch { fail("\(path): \(error.description)") }
        input.printChecked(program, folded, path: path, verb: "folded", terms: rewrite.terms)
    }
}

struct UnfoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unfold",
        abstract: "Inline the first seq call: the called program's code, with its cells moved past the program's.",
        discussion: """
            The result is printed after checking that it computes the same terms.
            Example: miner unfold A000005
            """)

    @OptionGroup var rewrite: CheckedRewrite

    var input: ProgramInput { rewrite.input }

    func run() throws {
        let directory = input.directory
        let (program, path) = input.load()
        guard let call = program.firstSequenceCall else { fail("\(path): the program has no seq call") }
        let callee: Program
        do { callee = try directory.program(for: ProgramID(number: call.id)) } catch { fail("\(path): \(error.description)") }
        let unfolded: Program
        do { unfolded = try program.unfoldingFirstCall(callee) } catch { fail("\(path): \(error.description)") }
        input.printChecked(program, unfolded, path: path, verb: "unfolded", terms: rewrite.terms)
    }
}

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Time and steps of every term, and which evaluator computed it.",
        discussion: "Example: miner profile A000045 -t 20")

    @OptionGroup var input: ProgramInput

    @Option(name: [.short, .customLong("terms")], help: "Number of terms.")
    var terms: Int = 20

    func validate() throws {
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
    }

    func run() throws {
        let (program, path) = input.load()
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: input.directory, limits: input.run.limits) } catch { fail("\(path): \(error.description)") }
        print("\(path): \(evaluator.acceleration.rawValue) evaluator chosen")
        print(pad("n", 8) + "  " + pad("value", 24) + "  " + pad("steps", 12) + "  " + pad("ms", 10) + "  evaluator")
        var totalSteps = 0
        var totalNanos: UInt64 = 0
        var used: [String: Int] = [:]
        var failure: String?
        for i in 0..<terms {
            let n = program.offset + i
            let start = DispatchTime.now().uptimeNanoseconds
            let term: Term
            do { term = try evaluator.term(n) } catch {
                failure = "a(\(n)): \(error.description)"
                break
            }
            let nanos = DispatchTime.now().uptimeNanoseconds - start
            totalNanos += nanos
            totalSteps += term.steps
            let which = evaluator.lastTermEvaluator.rawValue
            used[which, default: 0] += 1
            var value = term.value.description
            if value.count > 24 { value = String(value.prefix(10)) + "…(\(value.count) digits)" }
            print(
                pad(String(n), 8) + "  " + pad(value, 24) + "  " + pad(String(term.steps), 12) + "  "
                    + pad(String(format: "%.3f", Double(nanos) / 1e6), 10) + "  " + which)
        }
        let counts = used.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("total: \(used.values.reduce(0, +)) terms, \(totalSteps) steps, \(String(format: "%.3f", Double(totalNanos) / 1e6)) ms; \(counts)")
        if let failure { fail("\(path): \(failure)") }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
