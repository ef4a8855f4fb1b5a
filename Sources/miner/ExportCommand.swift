import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAFormula
import LODAProgramStore
import MinerCLI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a program as a formula, as PARI/GP code, or as canonical LODA.",
        discussion: """
            formula: the notation of published '; Formula:' headers (a closed form, sums, or recurrences \
            with initial values); seq calls become calls such as A000005(n), and --deps adds their formulas. \
            pari: a self-contained GP definition of a(n) (with the called programs and exact helpers for \
            LODA's truncating division, mod, bin, pow, ...) that computes exactly the program's terms. \
            loda: the program as Lodestone prints it. A program that cannot be converted gets one line \
            saying why and exit status 1. --verify runs the formula or PARI code in PARI/GP and compares \
            it with the program's terms.
            Examples: miner export A000045 --format formula
                      miner export programs/oeis/000/A000045.asm --format pari --verify -t 30
                      miner export programs --survey -t 10
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case formula, pari, loda }

    @Argument(help: "A program file, or an A-number looked up in the programs folder.")
    var program: String

    @Option(name: [.short, .long], help: "formula, pari or loda.")
    var format: Format = .formula

    @Flag(name: .long, help: "With --format formula: also print the formulas of the called sequences.")
    var deps = false

    @Flag(name: .long, help: "Run the export in PARI/GP and compare it with the program's terms (needs gp).")
    var verify = false

    @Option(name: [.short, .customLong("terms")], help: "Terms compared by --verify and --survey.")
    var terms: Int = 20

    @Flag(name: .long, help: "Treat the argument as a programs folder: export every program, run all the PARI code in PARI/GP, and report how many export and agree.")
    var survey = false

    @OptionGroup var options: RunOptions

    func validate() throws {
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
        if verify && format == .loda { throw ValidationError("--verify checks formula and pari exports") }
    }

    func run() throws {
        if survey {
            guard !ProgramDirectory.programFiles(below: program).isEmpty else {
                fail("\(program): no A-number programs (A*.asm) in this folder (--survey takes a programs folder)")
            }
            do {
                let result = try ExportSurvey.run(folder: program, terms: terms, limits: options.limits)
                print(result.report)
                if !result.mismatches.isEmpty { throw ExitCode.failure }
            } catch let error as PariRunner.Failure { fail(error.description) }
            return
        }
        let directory = ProgramDirectory(options.programs)
        let (program, path): (Program, String)
        do { (program, path) = try loadProgram(self.program, programs: directory) } catch { fail(error.description) }
        let load: (String) -> Program? = { id in ProgramID(id).flatMap { try? directory.program(for: $0) } }
        let gpCode: String
        switch format {
        case .loda:
            print(program.description, terminator: program.description.hasSuffix("\n") ? "" : "\n")
            return
        case .formula:
            let formula: Formula
            do { formula = try Formula(program) } catch { fail("\(path): no formula: \(error.description)") }
            print(formula.text)
            if deps {
                do {
                    for (id, callee) in try Formula.dependencies(of: formula, load: load) { print(try Formula(callee).text(named: id)) }
                } catch { fail("\(path): \(error.description)") }
            }
            guard verify else { return }
            do { gpCode = try PariExport.file(forFormula: formula, load: load) } catch { fail("\(path): \(error.description)") }
        case .pari:
            do { gpCode = try PariExport.file(for: program, load: load) } catch { fail("\(path): no PARI form: \(error.description)") }
            print(gpCode, terminator: "")
            guard verify else { return }
        }
        verifyInPari(gpCode, program: program, directory: directory, path: path)
    }

    private func verifyInPari(_ code: String, program: Program, directory: ProgramDirectory, path: String) {
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: directory, limits: options.limits) } catch { fail(error.description) }
        let run = evaluator.evaluate(count: terms)
        guard !run.terms.isEmpty else { fail("\(path): the program computes no terms to compare") }
        let range = program.offset...(program.offset + run.terms.count - 1)
        let lines: [String]
        do { lines = try PariRunner.run(code + PariRunner.printTerms("a", range)) } catch { fail("\(path): \(error.description)") }
        for (i, term) in run.terms.enumerated() {
            let got = i < lines.count ? lines[i] : "nothing"
            if got != term.value.description {
                fail("\(path): PARI/GP gives \(got) for a(\(term.n)), the program \(term.value)")
            }
        }
        printError("verified: PARI/GP agrees with the program on \(run.terms.count) terms (n = \(range.lowerBound)...\(range.upperBound))")
    }
}
