import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization
import Testing

/// A sink that writes to a folder through the program store and records every write.
final class RecordingSink: FindSink {
    let store: ProgramStore
    /// Each write: the sequence, whether it was new, and the program's length.
    let records = Mutex([(id: SequenceID, new: Bool, length: Int)]())
    var writes: [SequenceID] { records.withLock { $0.map(\.id) } }
    init(_ root: String) { store = ProgramStore(root: root) }
    func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures: FindFigures?) -> FindOutcome {
        guard let decision = try? store.store(program, for: sequence, seconds: 5, verified: true), decision.writes else { return .kept }
        records.withLock { $0.append((sequence.id, decision == .add, program.code.count)) }
        return decision == .add ? .added : .improved
    }
}

struct MiningTests {
    static let easy = ["A000027", "A000290", "A000079", "A000045", "A000035", "A005408", "A001477", "A000217", "A005843", "A000012"]

    static let database: SequenceDatabase = {
        let data = Fixtures.repository + "/sequences"
        let ids = Set(easy.map { SequenceID($0)! } + [SequenceID(40), SequenceID(108), SequenceID(142)])
        return try! SequenceDatabase.load(stripped: data + "/stripped.gz", names: data + "/names.gz", offsets: data + "/offsets.gz", only: ids).0
    }()

    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-mine-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    /// Programs for other sequences (Pell numbers, Lucas numbers) for the mutator to start from.
    static let seeds = ["A000129", "A000032"].map { try! ProgramDirectory.load(file: "\(Fixtures.programs)/oeis/000/\($0).asm") }

    func session(_ root: String, sink: RecordingSink) -> MiningSession {
        MiningSession(
            index: SequenceIndex(Self.database), profile: .standard, sink: sink, resolver: sink.store.directory,
            seeds: Self.seeds, callable: [])
    }

    /// A short seeded run from an empty folder finds easy sequences, and every program
    /// it wrote passes the check against the OEIS terms.
    @Test func seededRunFindsEasySequences() throws {
        let root = try folder()
        let sink = RecordingSink(root)
        let s = session(root, sink: sink)
        s.runWorker(0, seed: 7, candidates: 6000)
        let found = Set(s.finds.map { $0.sequence.id.description })
        for id in ["A000027", "A000290", "A000079", "A000045", "A000035", "A005408", "A001477", "A005843", "A000012"] {
            #expect(found.contains(id), "\(id) not found; found \(found.sorted())")
        }
        #expect(s.statistics.candidates == 6000)
        for file in ProgramDirectory.programFiles(below: root) {
            let program = try ProgramDirectory.load(file: file)
            let id = ProgramDirectory.sequenceID(of: program, path: file)!
            let sequence = Self.database[SequenceID(id.number)]!
            #expect(program.offset == sequence.offset)
            let result = try Evaluator(program).check(against: sequence.terms)
            #expect(result.status != .error, "\(file): \(result.message ?? "")")
        }
    }

    /// The same seed gives the same candidates and the same finds.
    @Test func runsReplay() throws {
        var a = SeededRandom(seed: 3), b = SeededRandom(seed: 3)
        var g1 = StatisticalGenerator(statistics: .standard), g2 = StatisticalGenerator(statistics: .standard)
        for _ in 0..<200 { #expect(g1.next(&a) == g2.next(&b)) }
        var e1 = Enumerator(), e2 = Enumerator()
        let first = (0..<50).map { _ in e1.next(&a) }
        #expect(first == (0..<50).map { _ in e2.next(&b) })
        #expect(Set(first).count == 50)
        let s1 = session(try folder(), sink: RecordingSink(try folder()))
        let s2 = session(try folder(), sink: RecordingSink(try folder()))
        s1.runWorker(0, seed: 11, candidates: 300)
        s2.runWorker(0, seed: 11, candidates: 300)
        #expect(!s1.finds.isEmpty)
        #expect(s1.finds.map(\.sequence.id) == s2.finds.map(\.sequence.id))
        #expect(s1.finds.map(\.program) == s2.finds.map(\.program))
    }

    /// A coordinator's work unit (any worker thread, stream S) replays as worker 0 of `miner mine --seed S`.
    @Test func workUnitsReplayAsWorkerZero() throws {
        let unit = session(try folder(), sink: RecordingSink(try folder()))
        let replay = session(try folder(), sink: RecordingSink(try folder()))
        let mined = unit.runWorker(3, seed: 99, stream: 17, candidates: 2000)
        replay.runWorker(0, seed: 17, candidates: 2000)
        #expect(mined == 2000)
        #expect(!unit.finds.isEmpty)
        #expect(unit.finds.map(\.sequence.id) == replay.finds.map(\.sequence.id))
        #expect(unit.finds.map(\.program) == replay.finds.map(\.program))
        #expect(unit.statistics.hits == replay.statistics.hits)
    }

    /// Mutations keep loops balanced and programs parseable.
    @Test func mutationsStayValid() throws {
        var rng = SeededRandom(seed: 5)
        let fib = try ProgramDirectory.load(file: Fixtures.programs + "/oeis/000/A000045.asm")
        var mutator = Mutator(sources: [fib], callable: [45, 290], statistics: .standard)
        for _ in 0..<2000 {
            let p = mutator.next(&rng)
            #expect(throws: Never.self) { try p.validateLoops() }
            #expect(try Parser.parse(p.description) == p)
        }
    }

    /// Two workers share the run: no sequence is written as new twice, and a sequence is
    /// written again only with a program that is no longer (shorter, or as long and faster).
    @Test func twoJobsNeverWriteTheSameProgramTwice() throws {
        let root = try folder()
        let sink = RecordingSink(root)
        let s = session(root, sink: sink)
        let group = DispatchGroup()
        for w in 0..<2 {
            group.enter()
            Thread {
                s.runWorker(w, seed: 7, candidates: 800)
                group.leave()
            }.start()
        }
        group.wait()
        let records = sink.records.withLock { $0 }
        let added = records.filter(\.new).map(\.id)
        #expect(!added.isEmpty)
        #expect(Set(added).count == added.count, "written as new twice: \(added)")
        for id in Set(records.map(\.id)) {
            let lengths = records.filter { $0.id == id }.map(\.length)
            #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0 >= $1 }, "\(id) rewritten longer: \(lengths)")
        }
    }

    /// A miner killed with SIGKILL leaves only complete, correct programs.
    @Test func killedMinerLeavesNoPartialProgram() throws {
        let root = try folder()
        let stripped = root + "/stripped"
        var text = ""
        for s in Self.database.sequences { text += "\(s.id) ," + s.terms.map(\.description).joined(separator: ",") + ",\n" }
        try text.write(toFile: stripped, atomically: true, encoding: .utf8)
        let programs = root + "/programs"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.miner)
        process.arguments = [
            "mine", "--sequences", stripped, "--offsets", Fixtures.repository + "/sequences/offsets.gz",
            "--programs", programs, "--minutes", "1", "--seed", "3"
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // wait for the first finds, then kill it in the middle of the run
        for _ in 0..<100 where ProgramDirectory.programFiles(below: programs).count < 3 { usleep(50_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let files = ProgramDirectory.programFiles(below: programs)
        #expect(files.count >= 3)
        for file in files {
            let program = try ProgramDirectory.load(file: file)
            let id = ProgramDirectory.sequenceID(of: program, path: file)!
            let sequence = Self.database[SequenceID(id.number)]!
            #expect(try Evaluator(program).check(against: sequence.terms).status != .error, "\(file)")
        }
    }
}
