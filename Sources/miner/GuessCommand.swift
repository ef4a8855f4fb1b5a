import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODARecurrence
import LODASearch
import LODASequences
import MinerCLI

struct GuessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guess",
        abstract: "Find a linear or P-recursive recurrence for a sequence and turn it into a verified LODA program.",
        discussion: """
            Examples: miner guess A000045
                      miner guess 1,2,5,12,29,70,169,408,985,2378,5741,13860,33461,80782,195025
                      miner guess --all --programs programs     (every sequence without a program)
            """)

    @Argument(help: "An A-number, or terms (comma- or space-separated).")
    var input: [String] = []

    @Flag(name: .long, help: "Run over every sequence without a program and write the verified programs.")
    var all = false

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Programs folder (with --all: read for solved sequences, written with finds).") var programs: String = "programs"
    @Flag(name: .long, help: "With --all: do not write programs, only count.") var dryRun = false

    func validate() throws {
        if all == !input.isEmpty { throw ValidationError("give an A-number or terms, or --all") }
    }

    func run() throws {
        if all { return runAll() }
        let text = input.joined(separator: " ")
        var terms: [Number]
        var sequence: IntegerSequence?
        if let id = SequenceID(text.uppercased()) {
            guard let s = data.load(only: [id])[id] else { fail("\(id) is not in \(data.sequences)") }
            sequence = s
            terms = s.terms
        } else {
            let fields = text.split(whereSeparator: { $0 == "," || $0 == " " })
            guard !fields.isEmpty, fields.allSatisfy({ Number(decimal: $0) != nil }) else { fail("guess: '\(text)' is neither an A-number nor a list of terms") }
            terms = fields.map { Number(decimal: $0)! }
        }
        let offset = sequence?.offset ?? 0
        let program: Program
        if let r = RecurrenceGuesser.guess(terms) {
            print(r.description + " (order \(r.order); initial terms " + r.initial.map(\.description).joined(separator: ",") + ")")
            program = RecurrenceGuesser.program(r, offset: offset)
        } else if let h = HolonomicGuesser.guess(terms) {
            print(h.description + " with t = n - offset (P-recursive, order \(h.order); initial terms " + h.initial.map(\.description).joined(separator: ",") + ")")
            program = HolonomicGuesser.program(h, offset: offset)
        } else {
            print(
                "no recurrence fits \(terms.count) terms: no linear one with integer coefficients of order up to \(RecurrenceGuesser.maxOrder) "
                    + "(order d needs 2d + \(RecurrenceGuesser.margin) terms), no P-recursive one of order up to \(HolonomicGuesser.maxOrder) "
                    + "and degree up to \(HolonomicGuesser.maxDegree)")
            throw ExitCode(1)
        }
        let check = (try? Evaluator(program))?.check(against: terms)
        print("verified: \(check?.status.rawValue ?? "error"), \(check?.matched ?? 0)/\(terms.count) terms")
        if let sequence { print(ProgramStore.text(of: program, for: sequence)) } else { print(program.description) }
    }

    func runAll() {
        let started = monotonicNanoseconds()
        let database = data.load()
        let store = ProgramStore(root: programs)
        let solved = ProgramDirectory.solvedSequences(below: programs)
        let progress = TerminalProgress()
        defer { progress.finish() }
        let t = RecurrencePass.run(database.sequences, skipping: solved, store: dryRun ? nil : store) { t, id in
            progress.update("tried \(t.tried) sequences (\(id)), \(t.verified) programs verified, \(t.written) written", force: false)
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        print(
            "sequences tried: \(t.tried), recurrences found: \(t.found) (\(t.found - t.holonomic) linear, \(t.holonomic) P-recursive), programs verified: \(t.verified), programs written: \(t.written), time: \(String(format: "%.1f", seconds)) s"
        )
    }

}
