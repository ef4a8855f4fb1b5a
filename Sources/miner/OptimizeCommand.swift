import ArgumentParser
import Foundation
import LODACore
import LODAProgramStore
import LODASearch
import MinerCLI

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Rewrite programs into shorter ones that compute exactly the same.",
        discussion: """
            Applies the optimizer's exact rewrites (no-ops, constant folding and propagation, merged \
            operations on one cell, dead stores and loops, coalesced and renumbered cells) until none \
            applies. The result computes the same terms, fails at the same term with the same error, and \
            takes no more steps, for every 64-bit input. One program is printed with its header; several \
            (files, folders, A-numbers) get one line each and a summary.
            Examples:
              miner optimize my-program.asm
              miner optimize A000290 --write          # store it when the replacement policy calls it better
              miner optimize programs --jobs 2 --quiet
            """)

    @Argument(help: "Program files, folders (searched for A*.asm) or A-numbers (looked up in --programs).")
    var inputs: [String]

    @OptionGroup var options: RunOptions
    @OptionGroup var rewrite: RewriteOptions
    @OptionGroup var data: DataOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one program, folder or A-number") }
    }

    func run() throws {
        let directory = ProgramDirectory(options.programs)
        let paths = expandProgramInputs(inputs, programs: directory)
        // (with --write, every sequence: a replaced program's callers are checked with it)
        let database = rewrite.write ? data.load() : nil
        let optimizer = Optimizer()
        let status = ProgramRewriteRun(
            verb: "optimized", paths: paths, directory: directory, options: rewrite,
            database: database, limits: options.limits
        )
        .run { program, _, _ in .rewritten(optimizer.optimize(program)) }
        if status != 0 { throw ExitCode(status) }
    }
}
