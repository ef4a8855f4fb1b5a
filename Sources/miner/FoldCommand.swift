import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

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
