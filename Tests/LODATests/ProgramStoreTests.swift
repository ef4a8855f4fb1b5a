import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences
import Testing

struct ProgramStoreTests {
    typealias C = ReplacementPolicy.Candidate

    static let policyCases: [(C?, C, Bool, String)] = [
        (nil, C(correctTerms: 80, passes: true, totalSteps: 1000, length: 5), true, "nothing stored"),
        (nil, C(correctTerms: 10, passes: false, totalSteps: 10, length: 5), false, "new program fails the check"),
        (C(correctTerms: 3, passes: false, totalSteps: 9, length: 3), C(correctTerms: 40, passes: true, totalSteps: 900, length: 9), true, "stored one fails"),
        (C(correctTerms: 50, passes: true, totalSteps: 100, length: 3), C(correctTerms: 60, passes: true, totalSteps: 9000, length: 20), true, "more terms"),
        (C(correctTerms: 60, passes: true, totalSteps: 100, length: 3), C(correctTerms: 50, passes: true, totalSteps: 10, length: 1), false, "fewer terms"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 900, length: 5), true, "10% fewer steps, as long"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 950, length: 5), false, "only 5% fewer steps"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 100, length: 9), false, "much faster but longer"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1000, length: 4), true, "shorter at equal speed"),
        (
            C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1171, length: 4), true,
            "shorter, slower within the margin (1000/0.9 + 60 = 1171)"
        ),
        (
            C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1172, length: 4), false,
            "shorter but slower beyond the margin"
        ),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), false, "the same")
    ]

    /// Calls that reach a program's own sequence, directly, through other programs (the fixture
    /// A005171 calls A010051, which calls A000005), through a program not yet written, or
    /// through a computed id.
    @Test func callsReachingTheirOwnSequence() throws {
        let fixtures = ProgramDirectory(Fixtures.programs)
        func p(_ text: String) throws -> Program { try Parser.parse(lines(text)) }
        #expect(try p("seq $0,45").mayCall(ProgramID("A000045")!, resolver: nil))
        #expect(try p("mov $1,$0; seq $1,5171; add $0,$1").mayCall(ProgramID("A000005")!, resolver: fixtures))
        #expect(try !p("seq $0,5171").mayCall(ProgramID("A000045")!, resolver: fixtures))
        #expect(try p("mov $1,45; seq $0,$1").mayCall(ProgramID("A000012")!, resolver: fixtures))
        #expect(try p("seq $0,27").mayCall(ProgramID("A000045")!, resolver: fixtures, latest: [ProgramID("A000027")!: try p("seq $0,45")]))
        #expect(try !p("add $0,1").mayCall(ProgramID("A000045")!, resolver: fixtures))
        // the store refuses them
        let root = try temporaryFolder()
        let store = ProgramStore(root: root)
        let fib = IntegerSequence(id: SequenceID(45), terms: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34].map { Number($0) }, name: "Fibonacci numbers.")
        #expect(try store.store(try ProgramDirectory.load(file: Fixtures.programs + "/oeis/000/A000045.asm"), for: fib) == .add)
        let decision = try store.store(try p("seq $0,45"), for: fib)
        #expect(!decision.writes, "\(decision)")
        // a cycle through a program rewritten after it was read: A000027 := A000045 + 1, then
        // A000045 := A000027 - 1 would call itself through A000027's new program
        let n = IntegerSequence(id: SequenceID(27), terms: [1, 2, 2, 3, 4, 6, 9, 14, 22, 35].map { Number($0) }, offset: 0)
        let standalone = try ProgramDirectory.load(file: Fixtures.programs + "/oeis/000/A000045.asm").appending([Instruction(.add, .cell(0), .value(1))])
        #expect(try store.store(standalone, for: n) == .add)
        #expect(try !store.directory.program(for: ProgramID("A000027")!).code.contains { $0.opcode == .seq })  // read (and cached)
        #expect(try store.store(try p("seq $0,45; add $0,1"), for: n).writes)
        #expect(try store.directory.program(for: ProgramID("A000027")!).code.count == 2)
        #expect(try p("seq $0,27").mayCall(ProgramID("A000045")!, resolver: store.directory))
        #expect(try !store.store(try p("seq $0,27; sub $0,1"), for: fib).writes)
    }

    /// A program that a stored program calls beyond its own known terms is not replaced by one
    /// that agrees only on those: the caller would break (and a program with too many callers
    /// is not replaced at all).
    @Test func replacementsKeepTheirCallersCorrect() throws {
        func p(_ text: String) throws -> Program { try Parser.parse(lines(text)) }
        let root = try temporaryFolder()
        let store = ProgramStore(root: root)
        let t = IntegerSequence(id: SequenceID(27), terms: (0..<6).map { Number($0) }, name: "n")
        let s = IntegerSequence(id: SequenceID(12), terms: (0..<10).map { Number($0) }, name: "n, through a call")
        let known: [ProgramID: IntegerSequence] = [ProgramID("A000027")!: t, ProgramID("A000012")!: s]
        store.dependents = ProgramStore.Dependents(graph: CallGraph()) { known[$0] }
        #expect(try store.store(try p("mov $1,$0; mul $1,2; sub $1,$0; mov $0,$1"), for: t) == .add)
        #expect(try store.store(try p("add $0,10; seq $0,27; sub $0,10"), for: s) == .add)
        #expect(store.dependents!.graph.transitiveCallers(of: ProgramID("A000027")!) == [ProgramID("A000012")!])
        // `mod $0,6` computes t's six known terms and is shorter, but s calls t at n + 10
        let refused = try store.store(try p("mod $0,6"), for: t)
        #expect(!refused.writes, "\(refused)")
        #expect(refused == .keep("kept: A000012, which calls A000027, would fail its check with it"))
        // a shorter program that stays correct beyond the known terms is taken
        #expect(try store.store(try p("mov $1,$0; mov $0,$1"), for: t).writes)
        // with a limit of no callers at all, nothing that is called is replaced
        store.dependents!.graph.maxCallers = 0
        #expect(try !store.store(try p("mul $0,1"), for: t).writes)
    }

    @Test(arguments: policyCases.indices)
    func policy(_ i: Int) {
        let (old, new, writes, why) = Self.policyCases[i]
        #expect(ReplacementPolicy.decide(existing: old, new: new).writes == writes, "\(why)")
    }

    func temporaryFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    static let squares = IntegerSequence(id: SequenceID(290), terms: (0..<40).map { Number($0 * $0) }, name: "The squares: a(n) = n^2.")

    @Test func storeWritesHeaderAndAppliesPolicy() throws {
        let store = ProgramStore(root: try temporaryFolder())
        let slow = try Parser.parse("mov $1,$0\nlpb $1\n  add $2,$0\n  sub $1,1\nlpe\nmov $0,$2\n")
        let fast = try Parser.parse("pow $0,2\n")
        let wrong = try Parser.parse("mul $0,3\n")
        #expect(try store.store(slow, for: Self.squares) == .add)
        let text = try String(contentsOfFile: store.path(for: SequenceID(290)), encoding: .utf8)
        #expect(text.hasPrefix("; A000290: The squares: a(n) = n^2.\n; 0,1,4,9,16,25,36,49,64,81,100,"))
        #expect(try Parser.parse(text).header.count == 2)
        #expect(try store.store(wrong, for: Self.squares).writes == false)
        #expect(try store.store(fast, for: Self.squares).writes)
        #expect(store.program(for: SequenceID(290))?.code == fast.code)
        // A program with a formula gets the published header line after the name.
        let stored = try String(contentsOfFile: store.path(for: SequenceID(290)), encoding: .utf8)
        #expect(stored.hasPrefix("; A000290: The squares: a(n) = n^2.\n; Formula: a(n) = n^2\n; 0,1,4,9,"))
        #expect(try store.store(slow, for: Self.squares).writes == false)
    }

    @Test func offsetGoesIntoTheHeader() throws {
        let store = ProgramStore(root: try temporaryFolder())
        let naturals = IntegerSequence(id: SequenceID(27), terms: (1...30).map { Number($0) }, name: "The positive integers.", offset: 1)
        #expect(try store.store(Program(), for: naturals) == .add)
        let program = try #require(store.program(for: SequenceID(27)))
        #expect(program.offset == 1)
        #expect(try Evaluator(program).evaluate(count: 5).values == [1, 2, 3, 4, 5])
    }

    /// A child process rewrites a file atomically in a loop and is killed at random
    /// moments: the file is always one of the two complete versions.
    @Test func killedWriterLeavesOldOrNewFile() throws {
        let folder = try temporaryFolder()
        let path = folder + "/A000001.asm"
        let a = String(repeating: "; A\n", count: 50_000)
        let b = String(repeating: "; B\n", count: 50_000)
        try a.write(toFile: path, atomically: false, encoding: .utf8)
        var g = SeededGenerator(seed: 7)
        for _ in 0..<8 {
            let process = Process()
            let helper = URL(fileURLWithPath: CommandLineTests.miner).deletingLastPathComponent().appendingPathComponent("lodestone-store-stress")
            process.executableURL = helper
            process.arguments = [path, "100000", "200000"]
            try process.run()
            usleep(UInt32.random(in: 20_000...150_000, using: &g))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text == a || text == b)
        }
    }
}
