import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

/// `fold` and `unfold`: the program, and how many terms prove the rewrite.
struct CheckedRewrite: ParsableArguments {
    @OptionGroup var input: ProgramInput

    @Option(name: [.short, .customLong("terms")], help: "Terms of the original and the result that must agree.")
    var terms: Int = 40

    func validate() throws {
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
    }
}
