import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI

struct MinimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minimize",
        abstract: "Shorten programs while they keep computing their terms.",
        discussion: """
            Optimizes, then searches for shorter programs (deleting instructions, loops, loop wrappers and \
            pairs of instructions, merging operations on one cell) that still pass the check: the known terms \
            of the program's sequence (by its A-number, from --sequences), or with -t N (or without sequence \
            data) the program's own first N terms (default 80). One program is printed with its header; \
            several get one line each and a summary.
            Examples:
              miner minimize my-program.asm -t 40
              miner minimize A000290 --write          # store it when the replacement policy calls it better
              miner minimize programs --jobs 2 --quiet --write
            """)

    @Argument(help: "Program files, folders (searched for A*.asm) or A-numbers (looked up in --programs).")
    var inputs: [String]

    @Option(name: [.short, .customLong("terms")], help: "Keep the program's own first N terms (default: its sequence's known terms, or 80).")
    var terms: Int?

    @Option(name: .long, help: "Seconds of search per program.")
    var seconds: Double = 10

    @OptionGroup var options: RunOptions
    @OptionGroup var rewrite: RewriteOptions
    @OptionGroup var data: DataOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one program, folder or A-number") }
        if let terms, terms < 1 { throw ValidationError("--terms must be at least 1") }
        if seconds <= 0 { throw ValidationError("--seconds must be positive") }
    }

    func run() throws {
        let directory = ProgramDirectory(options.programs)
        let paths = expandProgramInputs(inputs, programs: directory)
        // (with --write, every sequence: a replaced program's callers are checked with it)
        let database = rewrite.write ? data.load() : ProgramRewriteRun.loadSequences(for: paths, data: data)
        let limits = options.limits
        let terms = self.terms, seconds = self.seconds
        let status = ProgramRewriteRun(
            verb: "minimized", paths: paths, directory: directory, options: rewrite,
            database: database, limits: limits
        )
        .run { program, path, _ in
            let id = ProgramDirectory.sequenceID(of: program, path: path)
            let goal: IntegerSequence
            if terms == nil, let id, let known = database[SequenceID(id.number)] {
                goal = known
            } else {
                let count = terms ?? 80
                let own: EvaluationRun
                do { own = try Evaluator(program, resolver: directory, limits: limits).evaluate(count: count) } catch {
                    return .failed("\(error)")
                }
                guard !own.terms.isEmpty else { return .failed("the program computes no term: \(own.error?.description ?? "")") }
                goal = IntegerSequence(id: SequenceID(id?.number ?? 0), terms: own.values, offset: program.offset)
            }
            var minimizer = Minimizer(resolver: directory, limits: limits)
            minimizer.pairDistance = Int.max
            guard let check = minimizer.check(program, against: goal), check.status != .error else {
                return .failed("the program does not pass the check it is minimized for")
            }
            return .rewritten(minimizer.minimize(program, for: goal, seconds: seconds))
        }
        if status != 0 { throw ExitCode(status) }
    }
}
