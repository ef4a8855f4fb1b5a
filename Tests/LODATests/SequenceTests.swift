import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import Testing

/// The sequence side: loading OEIS files, the matchers and their index, the program
/// store and its replacement policy. Expected relations are facts about the OEIS
/// sequences (their names say so); every extended program is checked by the
/// interpreter against the shipped OEIS terms.
struct SequenceTests {
    static let data = Fixtures.repository + "/sequences"

    /// Target sequences used below, and the fixture programs they are derived from.
    static let cases: [(matcher: String, from: String, to: String)] = [
        ("direct", "A000045", "A000045"),  // Fibonacci
        ("linear1", "A000217", "A000124"),  // n(n+1)/2 + 1
        ("linear2", "A005843", "A000027"),  // 2n -> n (offset 1)
        ("affine", "A010051", "A005171"),  // 1 - [n is prime]
        ("shift", "A000032", "A000204"),  // Lucas numbers from L(1)
        ("lag", "A000142", "A104150"),  // 0, then (n-1)!
        ("binary", "A000129", "A000035"),  // Pell numbers mod 2 = n mod 2
        ("decimal", "A000045", "A003893"),  // Fibonacci mod 10
        ("delta", "A004526", "A001651"),  // numbers not divisible by 3
        ("binomial", "A000045", "A001906")  // F(2n) is the binomial transform of F(n)
    ]

    static let database: SequenceDatabase = {
        var ids = Set(cases.map { SequenceID($0.to)! })
        // distractors: the other fixtures' sequences
        for file in ProgramDirectory.programFiles(below: Fixtures.programs) {
            ids.insert(SequenceID(((file as NSString).lastPathComponent as NSString).deletingPathExtension)!)
        }
        return try! SequenceDatabase.load(
            stripped: data + "/stripped.gz", names: data + "/names.gz",
            offsets: data + "/offsets.gz", only: ids
        ).0
    }()

    static let index = SequenceIndex(database)

    @Test(arguments: cases.map { "\($0.matcher) \($0.from) \($0.to)" })
    func matcherFindsAndExtends(_ text: String) throws {
        let parts = text.split(separator: " ").map(String.init)
        let (name, from, to) = (parts[0], parts[1], parts[2])
        let index = Self.index
        let m = try #require(index.matchers.firstIndex { $0.name == name })
        let program = try ProgramDirectory.load(file: ProgramDirectory(Fixtures.programs).path(for: ProgramID(from)!))
        let finder = MatchFinder(index: index, resolver: ProgramDirectory(Fixtures.programs))
        let found = finder.find(program, terms: 20, limit: 50, matchers: [m])
        let hit = try #require(found.first { $0.sequence.id == SequenceID(to)! }, "\(name) did not relate \(from) to \(to)")
        // the extended program computes every known term of the target
        #expect(hit.check.status == .ok)
        #expect(hit.check.matched == hit.sequence.terms.count)
        let evaluator = try Evaluator(hit.program, resolver: ProgramDirectory(Fixtures.programs))
        #expect(evaluator.evaluate(count: 10).values == Array(hit.sequence.terms.prefix(10)))
        #expect(hit.program.offset == hit.sequence.offset)
    }

    /// The prefix filter must never drop a cell that the index would match: for each
    /// matcher, the real fixture program behind a known relation, and transforms of every
    /// sequence in the fixture database that the index matches back to that sequence.
    @Test func prefixFilterAdmitsWhatTheIndexMatches() throws {
        let index = Self.index
        for c in Self.cases where !["delta", "binomial"].contains(c.matcher) {
            let name = try MatcherName.named(c.matcher)
            let filter = PrefixFilter(index, matchers: [name], cellMatchers: [name])
            let program = try ProgramDirectory.load(file: ProgramDirectory(Fixtures.programs).path(for: ProgramID(c.from)!))
            let terms = try Evaluator(program, resolver: ProgramDirectory(Fixtures.programs)).evaluate(count: 16).values.compactMap(\.intValue)
            #expect(filter.admits(terms, cell: 0), "\(c.matcher): \(c.from)")
        }
        let transforms: [(MatcherName, ([Int]) -> [Int])] = [
            (.direct, { $0 }), (.linear1, { $0.map { 3 * $0 + 7 } }), (.linear2, { $0.map { 2 * $0 } }),
            (.affine, { $0.map { 5 - 4 * $0 } }), (.shift, { [0] + $0 }), (.lag, { Array($0.dropFirst()) }),
            (.binary, { $0.map { $0 + 1 } }), (.decimal, { $0.map { $0 + 13 } })
        ]
        var checked = 0
        for (name, transform) in transforms {
            let m = try #require(index.matchers.firstIndex { $0.name == name.rawValue })
            let filter = PrefixFilter(index, matchers: [name], cellMatchers: [.direct])
            for (i, sequence) in index.database.sequences.enumerated() {
                guard let prefix = sequence.smallPrefix(20), prefix.count == 20,
                    prefix.allSatisfy({ abs($0) < 1 << 40 })
                else { continue }
                let candidate = transform(prefix)
                var matched = false
                index.lookup(candidate, matchers: [m]) { hit in
                    matched = hit.sequence == i
                    return !matched
                }
                guard matched else { continue }
                checked += 1
                #expect(filter.admits(candidate, cell: 0), "\(name): \(sequence.id)")
            }
        }
        #expect(checked > 20)
        // Extreme values do not trap, and a cell the index matches is admitted even when its
        // values are next to Int.max (the affine form subtracts the first term: no overflow).
        let affine = PrefixFilter(index, matchers: [.affine], cellMatchers: [.affine])
        let affineIndex = try #require(index.matchers.firstIndex { $0.name == "affine" })
        var nearMax = 0
        for sequence in index.database.sequences {
            guard let prefix = sequence.smallPrefix(16), prefix.count == 16, let low = prefix.min(), let high = prefix.max(),
                low >= 0, high < 1 << 20
            else { continue }
            let shifted = prefix.map { $0 + (Int.max - (1 << 20)) }
            var matched = false
            index.lookup(shifted, matchers: [affineIndex]) { _ in
                matched = true; return false
            }
            guard matched else { continue }
            nearMax += 1
            #expect(affine.admits(shifted, cell: 0) && affine.admits(shifted, cell: 1), "\(sequence.id) shifted next to Int.max")
        }
        #expect(nearMax > 5)
        let everything = PrefixFilter(index, matchers: [.direct, .linear1, .affine, .shift, .lag, .binary, .decimal], cellMatchers: [.direct])
        for extreme in [
            [Int.min, 0, Int.max, -1, 1, Int.min, Int.max, 2, 3, 4], [Int.min, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, Int.min, 1, 0, 0, 0, 0, 0, 0]
        ] {  // (the last: a difference of -2^63 with a gcd of 1; its negation wraps)
            // what the index matches, the filter admits (the filter covers these matchers on $0)
            let covered = index.matchers.indices.filter { !["delta", "binomial", "linear2"].contains(index.matchers[$0].name) }
            var matched = false
            index.lookup(extreme, matchers: covered) { _ in
                matched = true; return false
            }
            #expect(!matched || everything.admits(extreme, cell: 0), "\(extreme)")
            var matchedAffine = false
            index.lookup(extreme, matchers: [affineIndex]) { _ in
                matchedAffine = true; return false
            }
            #expect(!matchedAffine || affine.admits(extreme, cell: 1), "\(extreme)")
        }
    }

    /// The miner predicts a hit's target term by term: each step must give what the whole
    /// prediction gives for the newest term, on the real fixture relations.
    @Test func termByTermPredictionAgreesWithWholePrediction() throws {
        let index = Self.index
        var compared = 0
        for c in Self.cases {
            let m = try #require(index.matchers.firstIndex { $0.name == c.matcher })
            let program = try ProgramDirectory.load(file: ProgramDirectory(Fixtures.programs).path(for: ProgramID(c.from)!))
            let terms = try Evaluator(program, resolver: ProgramDirectory(Fixtures.programs)).evaluate(count: 24).values.compactMap(\.intValue)
            var hits: [SequenceMatch] = []
            index.lookup(Array(terms.prefix(16)), matchers: [m]) {
                hits.append($0); return true
            }
            for hit in hits {
                let matcher = index.matchers[m]
                for n in 9...terms.count {
                    let prefix = Array(terms.prefix(n))
                    guard let whole = matcher.predict(prefix, candidate: hit.candidate, target: hit.target), let last = whole.last else { continue }
                    let newest = try #require(matcher.predictNewest(prefix, candidate: hit.candidate, target: hit.target))
                    #expect(newest.index == whole.count - 1 && newest.value == last, "\(c.matcher) n=\(n)")
                    compared += 1
                }
            }
        }
        #expect(compared > 50)
    }

    /// The database's table of early terms answers as the sequences themselves do: known
    /// terms (small and big), past the known terms, and beyond the table.
    @Test func earlyTermTableAgreesWithTheSequences() throws {
        let big = try #require(Number(decimal: "1234567890123456789012345"))
        let made = SequenceDatabase([
            IntegerSequence(id: SequenceID("A000001")!, terms: [1, 2, big, -5]),
            IntegerSequence(id: SequenceID("A000002")!, terms: (0..<40).map { Number($0 * $0) })
        ])
        #expect(made.agrees(0, at: 1, with: 2) && !made.agrees(0, at: 1, with: 3))
        #expect(!made.agrees(0, at: 2, with: 0) && made.agrees(0, at: 3, with: -5))
        #expect(made.agrees(0, at: 4, with: 77))  // past the known terms
        #expect(made.agrees(1, at: 35, with: 1225) && !made.agrees(1, at: 35, with: 1224))  // beyond the table
        var compared = 0
        for db in [Self.database, made] {
            for (position, sequence) in db.sequences.enumerated() {
                for j in 0..<(SequenceDatabase.earlyLength + 8) {
                    let v = j < sequence.terms.count ? sequence.terms[j].intValue ?? 7 : 7
                    for value in [v, v &+ 1] {
                        #expect(db.agrees(position, at: j, with: value) == sequence.agrees(at: j, with: value), "\(sequence.id) term \(j)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 1000)
    }

    @Test func everyMatcherIndexesSequences() {
        for c in Self.index.coverage {
            #expect(c.indexed > 0, "\(c.matcher)")
            #expect(c.distinctKeys > 0 && c.distinctKeys <= c.indexed)
        }
    }

    @Test func noMatchForUnrelatedTerms() {
        var hits = 0
        Self.index.lookup([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]) { _ in
            hits += 1; return true
        }
        #expect(hits == 0)
    }

    @Test func directLookupWithoutAllocation() {
        let fib = Self.database[SequenceID(45)]!.smallPrefix(12)!
        var found: [Int] = []
        fib.withUnsafeBufferPointer { p in
            Self.index.lookupDirect(p) {
                found.append($0); return true
            }
        }
        #expect(found.map { Self.database.sequences[$0].id }.contains(SequenceID(45)))
    }

    @Test func shortQueriesScan() {
        let hits = Self.index.scan([0, 1, 1, 2, 3])
        #expect(hits.contains { Self.database.sequences[$0.sequence].id == SequenceID(45) && $0.matcher == 0 })
    }

    // MARK: loading

    func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-seq-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func loadingReportsMalformedLines() throws {
        let stripped = try temporary(
            "s",
            """
            # comment line
            A000001 ,1,2,3,
            A000002 ,1,x,3,
            B000003 ,1,2,
            A000004 ,1,-2,123456789012345678901234567890123456789012345,

            A000005 1,2,
            """)
        let names = try temporary("n", "A000001 First\nA000004 Fourth one\nnot a line\n")
        let offsets = try temporary("o", "A000001: 1\nA000004: -3\nA000009 x\n")
        let (db, report) = try SequenceDatabase.load(stripped: stripped, names: names, offsets: offsets)
        #expect(db.count == 2)
        #expect(db[SequenceID(4)]!.terms == [1, -2, Number(decimal: "123456789012345678901234567890123456789012345")!])
        #expect(db[SequenceID(4)]!.offset == -3 && db[SequenceID(4)]!.name == "Fourth one")
        #expect(db[SequenceID(1)]!.offset == 1)
        #expect(
            report.malformed.map(\.description) == [
                "\(stripped):3: malformed term list for A000002",
                "\(stripped):4: expected 'A-number ,terms,'",
                "\(stripped):7: malformed term list for A000005",
                "\(names):3: expected 'A-number name'",
                "\(offsets):3: expected 'A-number: offset'"
            ])
        #expect(report.stripped.loaded == 2)
    }

    @Test func gzipAndPlainLoadAlike() throws {
        let plain = try temporary("plain", "A000045 ,0,1,1,2,3,5,8,\n")
        let gz = plain + ".gz"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -c '\(plain)' > '\(gz)'"]
        try p.run()
        p.waitUntilExit()
        let a = try OEISFiles.loadStripped(plain).0
        let b = try OEISFiles.loadStripped(gz).0
        #expect(a[SequenceID(45)] == b[SequenceID(45)] && a[SequenceID(45)]?.count == 7)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: DataFileError.self) { try OEISFiles.loadStripped("/nonexistent/stripped") }
    }
}
