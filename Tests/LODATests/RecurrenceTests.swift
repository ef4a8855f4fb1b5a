import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODARecurrence
import LODASearch
import LODASequences
import Testing

/// Recurrence synthesis on sequences from the shipped OEIS data: the recurrences are
/// the sequences' known definitions, and every program is checked against the OEIS terms.
struct RecurrenceTests {
    static let database: SequenceDatabase = {
        let data = Fixtures.repository + "/sequences"
        let ids: Set<SequenceID> = [45, 129, 73, 40, 108, 984, 142, 27, 290].map { SequenceID($0) }.reduce(into: []) { $0.insert($1) }
        return try! SequenceDatabase.load(stripped: data + "/stripped.gz", offsets: data + "/offsets.gz", only: ids).0
    }()

    static func terms(_ n: Int) -> IntegerSequence { database[SequenceID(n)]! }

    @Test(arguments: [(45, [1, 1]), (129, [2, 1]), (73, [1, 1, 1]), (290, [3, -3, 1]), (27, [2, -1])])
    func linearRecurrences(_ id: Int, _ coefficients: [Int]) throws {
        let s = Self.terms(id)
        let r = try #require(RecurrenceGuesser.guess(s.terms))
        #expect(r.coefficients == coefficients)
        let program = RecurrenceGuesser.program(r, offset: s.offset)
        let check = try Evaluator(program).check(against: s.terms)
        #expect(check.status == .ok && check.matched == s.terms.count)
    }

    @Test(arguments: [108, 984, 142])
    func holonomicRecurrences(_ id: Int) throws {
        let s = Self.terms(id)
        #expect(RecurrenceGuesser.guess(s.terms) == nil)
        let h = try #require(HolonomicGuesser.guess(s.terms))
        #expect(h.order == 1)
        let program = HolonomicGuesser.program(h, offset: s.offset)
        let check = try Evaluator(program).check(against: s.terms)
        #expect(check.status == .ok && check.matched == s.terms.count)
    }

    @Test func catalanRecurrenceIsTheKnownOne() throws {
        // (t+1) C(t) = (4t-2) C(t-1)
        let h = try #require(HolonomicGuesser.guess(Self.terms(108).terms))
        let p0 = h.polynomials[0], p1 = h.polynomials[1]
        #expect(p0 == [1, 1] && p1 == [2, -4] || p0 == [-1, -1] && p1 == [-2, 4])
    }

    @Test func primesHaveNone() {
        let primes = Self.terms(40).terms
        #expect(RecurrenceGuesser.guess(primes) == nil)
        #expect(HolonomicGuesser.guess(primes) == nil)
    }

    /// An order-d recurrence needs 2d + 8 terms; a sequence that follows Fibonacci for a
    /// while and then leaves it gets no recurrence of low order.
    @Test func safetyMargin() {
        let fib = Self.terms(45).terms
        #expect(RecurrenceGuesser.guess(Array(fib.prefix(11))) == nil)
        #expect(RecurrenceGuesser.guess(Array(fib.prefix(12)))?.coefficients == [1, 1])
        var broken = Array(fib.prefix(30))
        broken[25] = Semantics.calc(.add, broken[25], 1)!
        // No linear recurrence of order d <= 11 (what 30 terms allow) fits: the Fibonacci terms
        // a(d..24) pin down every such recurrence's value at n = 25 to F(25) (their Hankel
        // matrix has rank 2, so the equation at 25 follows from those before), not F(25) + 1.
        #expect(RecurrenceGuesser.guess(broken) == nil)
        #expect(HolonomicGuesser.guess(broken) == nil)
    }

    @Test func guessAllWritesOnlyVerifiedPrograms() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-guess-\(getpid())").path
        let stripped = folder + ".stripped"
        var text = ""
        for s in Self.database.sequences { text += "\(s.id) ," + s.terms.map(\.description).joined(separator: ",") + ",\n" }
        try text.write(toFile: stripped, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLineTests.miner)
        p.arguments = [
            "guess", "--all", "--sequences", stripped, "--offsets",
            Fixtures.repository + "/sequences/offsets.gz", "--programs", folder
        ]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let summary = String(decoding: data, as: UTF8.self)
        #expect(summary.hasPrefix("sequences tried: 9, recurrences found: 8 (5 linear, 3 P-recursive), programs verified: 8, programs written: 8"), "\(summary)")
        for file in ProgramDirectory.programFiles(below: folder) {
            let program = try ProgramDirectory.load(file: file)
            let id = ProgramDirectory.sequenceID(of: program, path: file)!
            let s = Self.database[SequenceID(id.number)]!
            #expect(try Evaluator(program).check(against: s.terms).status == .ok, "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/oeis/000/A000040.asm"))
    }
}
