import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find which known sequences some terms, or a program's output, match.",
        discussion: """
            Terms are matched directly and through transforms (linear maps, digits, shifts, partial sums, \
            binomial transform, ...). For a program, every match is turned into a program for the matched \
            sequence and checked against all its known terms; only verified ones are listed.
            Examples: miner lookup 1,1,2,3,5,8,13,21,34
                      miner lookup Tests/LODATests/Fixtures/programs/oeis/000/A000045.asm --print
            """)

    @Argument(help: "Terms (comma- or space-separated), a program file, or an A-number in --programs.")
    var input: [String]

    @OptionGroup var data: DataOptions
    @OptionGroup var bfileOptions: BFileOptions

    @Option(name: .long, help: "Programs folder for A-numbers and seq calls.")
    var programs: String = "programs"

    @Option(name: .long, help: "Most matches to show.")
    var limit: Int = 10

    @Flag(name: .long, help: "Print each verified program.")
    var print = false

    func run() throws {
        let joined = input.joined(separator: " ")
        let directory = ProgramDirectory(programs)
        var program: Program?
        var terms: [Int] = []
        let fields = joined.split(whereSeparator: { $0 == "," || $0 == " " })
        if !fields.isEmpty, fields.allSatisfy({ Int($0) != nil }) {
            terms = fields.map { Int($0)! }
        } else if fields.allSatisfy({ Number(decimal: $0) != nil }) && !fields.isEmpty {
            fail("lookup: terms beyond 64 bits are not matched; give the first terms that fit")
        } else {
            do { program = try loadProgram(joined, programs: directory).0 } catch { fail(error.description) }
        }

        let started = monotonicNanoseconds()
        let (database, index, outcome) = data.loadIndexed()
        let indexed = monotonicNanoseconds()
        printError("loaded and indexed \(database.count) sequences in \(seconds(started, indexed)) s (\(outcome))")

        if let program {
            let finder = MatchFinder(index: index, resolver: directory)
            let found = finder.find(program, limit: limit)
            printError("matched in \(seconds(indexed, monotonicNanoseconds())) s")
            if found.isEmpty { Swift.print("no known sequence matches this program") }
            let bfiles = bfileOptions.load()
            for m in found {
                // With b-files, the verdict over the b-file's terms where one extends the known terms.
                var (check, count, source) = (m.check, m.sequence.terms.count, "terms")
                if let long = bfiles?.extendedTerms(for: m.sequence), let e = try? Evaluator(m.program, resolver: directory) {
                    e.context.overallDeadline = monotonicNanoseconds() + 10_000_000_000
                    (check, count, source) = (e.check(against: long), long.count, "b-file terms")
                }
                Swift.print("\(m.sequence.id) [\(m.matcher): \(m.relation)] \(check.status.rawValue), \(check.matched)/\(count) \(source): \(m.sequence.name)")
                if self.print { Swift.print(ProgramStore.text(of: m.program, for: m.sequence)) }
            }
            reportBFileProblems(bfiles)
            return
        }

        var hits: [SequenceMatch] = []
        if terms.count >= SequenceIndex.keyLength {
            index.lookup(terms) {
                hits.append($0); return hits.count < 1000
            }
        } else {
            hits = index.scan(terms, limit: 1000)
        }
        printError("matched in \(seconds(indexed, monotonicNanoseconds())) s")
        var seen = Set<Int>()
        let ordered = hits.sorted { ($0.matcher, -$0.agreeing, $0.sequence) < ($1.matcher, -$1.agreeing, $1.sequence) }
        var shown = 0
        for hit in ordered where !seen.contains(hit.sequence) && shown < limit {
            seen.insert(hit.sequence)
            shown += 1
            let s = database.sequences[hit.sequence]
            let matcher = index.matchers[hit.matcher]
            Swift.print("\(s.id) [\(matcher.name): \(matcher.describe(candidate: hit.candidate, target: hit.target))] \(s.name)")
        }
        if shown == 0 { Swift.print("no known sequence matches these terms") }
    }

    func seconds(_ a: UInt64, _ b: UInt64) -> String { String(format: "%.2f", Double(b - a) / 1e9) }
}
