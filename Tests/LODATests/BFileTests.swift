import Foundation
import LODACheck
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences
import Testing

@testable import LODASearch

/// OEIS b-files: reading them, and verification beyond the stripped terms in the check runner
/// and the miner.
struct BFileTests {
    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-bfiles-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `n a(n)` lines for `terms` from `offset`.
    static func text(_ terms: [Number], offset: Int = 0) -> String {
        terms.enumerated().map { "\($0.offset + offset) \($0.element)\n" }.joined()
    }

    /// F(0), F(1), …, added up as decimal digit strings (independently of Number's arithmetic).
    static func fibonacci(_ count: Int) -> [Number] {
        func add(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {  // little-endian digits
            var out: [UInt8] = []
            var carry: UInt8 = 0
            for i in 0..<max(x.count, y.count) {
                let d = (i < x.count ? x[i] : 0) + (i < y.count ? y[i] : 0) + carry
                out.append(d % 10)
                carry = d / 10
            }
            if carry > 0 { out.append(carry) }
            return out
        }
        var (a, b): ([UInt8], [UInt8]) = ([0], [1])
        var out: [Number] = []
        for _ in 0..<count {
            out.append(Number(decimal: String(a.reversed().map { Character(String($0)) }))!)
            (a, b) = (b, add(a, b))
        }
        return out
    }

    @Test func readsBothLayoutsCommentsAndGzip() throws {
        let root = try folder()
        try write("# A000045\n\n" + Self.text(Self.fibonacci(300)), root + "/b000/b000045.txt")
        try write(Self.text((1...50).map { Number($0) }, offset: 1), root + "/b000027.txt")
        let gz = root + "/b000290.txt"
        try write(Self.text((0..<40).map { Number($0 * $0) }), gz)
        let zipped = Process()
        zipped.executableURL = URL(fileURLWithPath: "/bin/gzip")
        zipped.arguments = [gz]
        try zipped.run()
        zipped.waitUntilExit()
        let b = BFiles(root: root, limit: 1000)
        let fib = try #require(b.entry(for: SequenceID(45)))
        #expect(fib.offset == 0 && fib.terms.count == 300)
        // F(299), computed independently of the file
        #expect(fib.terms[299] == Number(decimal: "137347080577163115432025771710279131845700275212767467264610201")!)
        let naturals = try #require(b.entry(for: SequenceID(27)))
        #expect(naturals.offset == 1 && naturals.terms == (1...50).map { Number($0) })
        #expect(b.entry(for: SequenceID(290))?.terms.count == 40)
        #expect(b.entry(for: SequenceID(12)) == nil)
        #expect(b.takeProblems().isEmpty)
        // the limit
        #expect(BFiles(root: root, limit: 100).entry(for: SequenceID(45))?.terms.count == 100)
    }

    @Test func malformedLinesEndTheTermsAndAreReported() throws {
        let root = try folder()
        try write("0 0\n1 1\n2 1\n3 x\n4 3\n", root + "/b000045.txt")
        try write("1 1\n2 2\n4 4\n", root + "/b000027.txt")
        let b = BFiles(root: root)
        #expect(b.entry(for: SequenceID(45))?.terms == [0, 1, 1].map { Number($0) })
        #expect(b.entry(for: SequenceID(27))?.terms == [1, 2].map { Number($0) })
        let problems = b.takeProblems().map(\.description).sorted()
        #expect(problems == ["\(root)/b000027.txt:3: index 4 where 3 was expected", "\(root)/b000045.txt:4: expected 'n a(n)'"])
    }

    @Test func extendedTermsOnlyWhenTheFileExtendsTheKnownOnes() throws {
        let root = try folder()
        let fib = Self.fibonacci(100)
        try write(Self.text(fib), root + "/b000045.txt")
        var wrong = fib
        wrong[5] = 6
        try write(Self.text(wrong), root + "/b000046.txt")
        try write(Self.text(fib, offset: 1), root + "/b000047.txt")
        try write(Self.text(Array(fib.prefix(10))), root + "/b000048.txt")
        let b = BFiles(root: root)
        func known(_ n: Int) -> IntegerSequence { IntegerSequence(id: SequenceID(n), terms: Array(fib.prefix(20)), offset: 0) }
        #expect(b.extendedTerms(for: known(45)) == fib)
        #expect(b.extendedTerms(for: known(46)) == nil)  // disagrees with a known term
        #expect(b.extendedTerms(for: known(47)) == nil)  // another first index
        #expect(b.extendedTerms(for: known(48)) == nil)  // shorter than the known terms
    }

    @Test func checkRunnerUsesTheBFileAndSaysSo() throws {
        let root = try folder()
        // known terms: squares; the b-file goes on with squares up to 30, then one wrong term
        var squares = (0..<60).map { Number($0 * $0) }
        let wrong = Number(31 * 31 + 1)
        let program = root + "/A000290.asm"
        try write("pow $0,2\n", program)
        var runner = CheckRunner(
            expected: [ProgramID(number: 290): Array(squares.prefix(20))], offsets: nil,
            programs: ProgramDirectory(root), limits: .standard, timeout: 10)
        #expect(runner.check(path: program).source == "stripped")
        runner.bfiles = BFiles(root: root + "/b")
        try write(Self.text(squares), root + "/b/b000290.txt")
        var record = runner.check(path: program)
        #expect(record.status == .ok && record.checked == 60 && record.source == "b-file")
        #expect(record.line.hasPrefix("A000290 ok 60/60 b-file terms"))
        squares[31] = wrong
        try write(Self.text(squares), root + "/b/b000291.txt")
        runner.expected[ProgramID(number: 291)] = Array(squares.prefix(20))
        try write("; A000291\npow $0,2\n", root + "/A000291.asm")
        record = runner.check(path: root + "/A000291.asm")
        #expect(record.status == .error && record.firstMismatch == 31 && record.source == "b-file")
        #expect(record.json.contains("\"source\":\"b-file\""))
    }

    /// Mechanical sequences (two-valued first differences) are underdetermined by their first
    /// terms: a rational slope with a long period, or an aperiodic one built from big constants.
    @Test(arguments: [
        ("mul $0,17; div $0,11", true),  // slope 17/11: period 11
        ("mul $0,109; div $0,50", true),  // slope 109/50: period 50
        ("div $0,2", false),  // period 2: the known terms show it many times
        ("mul $0,3; div $0,2", false),  // differences 1,2,1,2,…: period 2
        ("mul $0,2", false),  // one difference
        // floor(n·sqrt 2): over 160 terms it agrees with the slope 99/70 (period 70), so its first
        // 40 terms cannot tell the two apart
        ("pow $0,2; mul $0,2; nrt $0,2", true),
        ("pow $0,2; mul $0,1234567; nrt $0,2; div $0,1000", true),  // aperiodic, big constants
        ("pow $0,2", false)  // not mechanical
    ])
    func underdetermined(_ c: (String, Bool)) throws {
        let program = try Parser.parse(lines(c.0))
        let e = try Evaluator(program)
        #expect(Underdetermined.isMechanical(e, program: program, offset: 0, known: 40) == c.1, "\(c.0)")
    }

    @Test func periods() {
        func p(_ xs: [Int]) -> Int? { Underdetermined.period(xs.map { Number($0) }) }
        #expect(p([1, 2, 1, 2, 1, 2]) == 2)
        #expect(p([1, 1, 2, 1, 1, 2, 1, 1]) == 3)
        #expect(p([1, 2, 2, 1, 2, 1, 2, 2]) == nil)
        #expect(p([5, 5, 5]) == 1)
    }

    /// The miner finds squares from their known terms; when the b-file says the sequence goes
    /// on differently, the same run finds no program for it (and still finds the others).
    @Test func minerRejectsFindsTheBFileRefutes() throws {
        let root = try folder()
        let bfiles = root + "/bfiles"
        var squares = (0..<200).map { Number($0 * $0) }
        let known = MiningTests.database[SequenceID(290)]!.terms.count
        squares[known + 3] = Number((known + 3) * (known + 3) + 1)
        try write(Self.text(squares), bfiles + "/b000/b000290.txt")
        try write(Self.text(Self.fibonacci(400)), bfiles + "/b000/b000045.txt")
        try write(Self.text((0..<1000).map { Number($0 + 1) }, offset: 1), bfiles + "/b000/b000027.txt")
        let sink = RecordingSink(root + "/programs")
        let s = MiningSession(
            index: SequenceIndex(MiningTests.database), profile: .standard, sink: sink, resolver: sink.store.directory,
            seeds: MiningTests.seeds, callable: [], bfiles: BFiles(root: bfiles))
        s.runWorker(0, seed: 7, candidates: 6000)
        let found = Set(s.finds.map { $0.sequence.id.description })
        #expect(!found.contains("A000290"))
        #expect(found.contains("A000045") && found.contains("A000027"), "\(found.sorted())")
        #expect(s.statistics.rejectedBeyond > 0)
        // what it wrote for A000045 computes the b-file's 400 terms
        let written = try ProgramDirectory.load(file: sink.store.directory.path(for: ProgramID(number: 45)))
        let e = try Evaluator(written, resolver: sink.store.directory)
        #expect(e.evaluate(count: 400).values == Self.fibonacci(400))
    }
}
