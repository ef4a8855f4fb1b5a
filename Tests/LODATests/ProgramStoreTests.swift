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
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1171, length: 4), true, "shorter, slower within the margin (1000/0.9 + 60 = 1171)"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1172, length: 4), false, "shorter but slower beyond the margin"),
        (C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), C(correctTerms: 60, passes: true, totalSteps: 1000, length: 5), false, "the same"),
    ]

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
            process.executableURL = URL(fileURLWithPath: CommandLineTests.miner)
            process.arguments = ["_store-stress", "--path", path, "--count", "100000"]
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
