import Foundation
import LODANumber
import LODAProgramStore
import LODASequences
import Testing

@testable import LODASearch

/// Targets whose known terms cannot settle a program (Beatty-like, or two values without a
/// short period): recognised from their known terms, and left out of mining unless a b-file
/// gives more terms or the profile keeps them.
struct UnderdeterminedTests {
    static func terms(_ f: (Int) -> Int, _ count: Int = 40) -> [Number] { (0..<count).map { Number(f($0)) } }

    /// (name, terms, mechanical), the terms computed here from their definitions.
    static let cases: [(String, [Number], Bool)] = [
        ("floor(n*sqrt(2))", terms { Int((Double($0) * 2.0.squareRoot()).rounded(.down)) }, true),
        ("floor(n*phi)", terms { Int((Double($0) * (1 + 5.0.squareRoot()) / 2).rounded(.down)) }, true),
        ("floor(3n/2)", terms { 3 * $0 / 2 }, true),
        ("floor(21n/20): constant differences for 20 terms", terms { 21 * $0 / 20 }, true),
        ("1 at squares above 16 only", terms { n in n > 16 && (0...n).contains { $0 * $0 == n } ? 1 : 0 }, true),
        ("n", terms { $0 }, false),
        ("n^2", terms { $0 * $0 }, false),
        ("n mod 2", terms { $0 % 2 }, false),
        ("floor(n*sqrt(2)), 9 terms", terms({ Int((Double($0) * 2.0.squareRoot()).rounded(.down)) }, 9), false),
        ("differences 1 and 3", terms { $0 * 2 + ($0 % 2) }, false),
        ("characteristic function of the squares", terms { n in (0...n).contains { $0 * $0 == n } ? 1 : 0 }, true),
        ("1 when 3 divides n", terms { $0 % 3 == 0 ? 1 : 0 }, false),
        ("two values with period 3 (n^2 mod 3)", terms { [0, 1, 5][($0 * $0) % 3] }, false)
    ]

    @Test(arguments: cases)
    func mechanicalTerms(_ name: String, _ terms: [Number], _ expected: Bool) {
        #expect(Underdetermined.isMechanical(terms) == expected, "\(name)")
        // The miner's cheap test on the first 12 terms never rules out a mechanical row.
        if expected { #expect(Underdetermined.mayBeMechanical(prefix: terms.prefix(12).map { $0.intValue! }), "\(name)") }
    }

    @Test func mechanicalTargetsAreLeftOutUnlessKept() throws {
        let beatty = IntegerSequence(id: SequenceID(1951), terms: Self.cases[0].1, name: "floor(n*sqrt(2))")
        let squares = IntegerSequence(id: SequenceID(290), terms: Self.terms { $0 * $0 }, name: "squares")
        let database = SequenceDatabase([beatty, squares])
        for keep in [false, true] {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-mech-\(getpid())-\(keep)").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let sink = RecordingSink(dir)
            var profile = MiningProfile.standard
            if keep { profile.skipMechanical = false }
            let session = MiningSession(
                index: SequenceIndex(database), profile: profile, sink: sink, resolver: sink.store.directory,
                seeds: [], callable: [])
            _ = session.runWorker(0, seed: 1, candidates: 20_000)
            #expect(session.statistics.mechanicalSkipped == (keep ? 0 : 1))
            if !keep { #expect(!sink.writes.contains(SequenceID(1951))) }
            #expect(sink.writes.contains(SequenceID(290)), "the squares are still mined")
        }
    }
}
