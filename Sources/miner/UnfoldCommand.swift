import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

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
