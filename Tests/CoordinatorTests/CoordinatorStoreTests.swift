import Foundation
import LODACoordinator
import LODACoordinatorServer
import LODAProgramStore
import LODASequences
import LODAWorker
import Testing

/// The coordinator's logic on each store backend, in process, with a hand-driven clock.
@Suite(.serialized)
struct CoordinatorStoreTests {
    let powersFast = "mov $1,2\npow $1,$0\nmov $0,$1"
    let powersLoop = "mov $1,1\nlpb $0\n  mul $1,2\n  sub $0,1\nlpe\nmov $0,$1"
    let powersLoopSwapped = "mov $1,1\nlpb $0\n  sub $0,1\n  mul $1,2\nlpe\nmov $0,$1"

    func coordinator(_ backend: Backend, clock: TestClock = TestClock(), plan: UnitPlan = UnitPlan(candidates: 1000, maxUnits: 3, leaseSeconds: 30))
        async throws -> (Coordinator, String)
    {
        let dir = Paths.temporary("store-\(backend.rawValue)")
        let store = try await backend.freshStore(in: dir, suite: "store")
        let pool = VerificationPool(runner: .threads(programs: dir + "/programs"), settings: .init(slots: 2, queue: 64, perToken: 64))
        return (
            Coordinator(
                store: store, database: fixtureDatabase, pool: pool, plan: plan, folder: ProgramStore(root: dir + "/programs"),
                now: clock.now), dir
        )
    }

    @Test("leases: each unit once, expired leases handed out again, completion counted once", arguments: Backend.available)
    func leases(_ backend: Backend) async throws {
        let clock = TestClock()
        let (c, _) = try await coordinator(backend, clock: clock)
        let a = try #require(try await c.lease(worker: "a"))
        let b = try #require(try await c.lease(worker: "b"))
        #expect(a.unit.id == 1 && b.unit.id == 2)
        #expect(a.attempt == 1 && a.unit.seed != b.unit.seed)
        // a keeps its lease alive; b goes silent.
        clock.advance(20)
        #expect(try await c.heartbeat(leaseID: a.leaseID))
        clock.advance(20)
        // b's lease expired: the next lease gets unit 2 again, with the same seed.
        let b2 = try #require(try await c.lease(worker: "c"))
        #expect(b2.unit == b.unit && b2.attempt == 2)
        #expect(try await c.heartbeat(leaseID: b.leaseID) == false)
        #expect(try await c.complete(leaseID: b.leaseID, report: .init(candidates: 1000, finds: 0)).counted == false)
        #expect(try await c.complete(leaseID: b2.leaseID, report: .init(candidates: 1000, finds: 2)).counted)
        #expect(try await c.complete(leaseID: b2.leaseID, report: .init(candidates: 1000, finds: 2)).counted == false)
        #expect(try await c.complete(leaseID: a.leaseID, report: .init(candidates: 1000, finds: 0)).counted)
        // Unit 3 is the last of the plan.
        let last = try #require(try await c.lease(worker: "a"))
        #expect(last.unit.id == 3)
        #expect(try await c.lease(worker: "a") == nil)
        let s = try await c.status()
        #expect(s.store.unitsDone == 2 && s.store.unitsLeased == 1 && s.store.unitsExpired == 1)
        #expect(s.store.candidatesDone == 2000)
        #expect(Set(s.store.workers.map(\.name)) == ["a", "b", "c"])
    }

    @Test("with b-files, a program that fails beyond the known terms is refused", arguments: Backend.available)
    func bfiles(_ backend: Backend) async throws {
        let dir = Paths.temporary("store-bfiles-\(backend.rawValue)")
        let store = try await backend.freshStore(in: dir, suite: "store")
        let pool = VerificationPool(runner: .threads(programs: dir + "/programs"), settings: .init(slots: 2, queue: 64, perToken: 64))
        // powers of 2 to 2^299, written out independently of the evaluator
        var power = [UInt8]([1])  // little-endian decimal digits
        var lines = ""
        for n in 0..<300 {
            lines += "\(n) \(String(power.reversed().map { Character(String($0)) }))\n"
            var carry: UInt8 = 0
            power = power.map { d in
                let x = d * 2 + carry; carry = x / 10; return x % 10
            }
            if carry > 0 { power.append(carry) }
        }
        try FileManager.default.createDirectory(atPath: dir + "/bfiles/b000", withIntermediateDirectories: true)
        try lines.write(toFile: dir + "/bfiles/b000/b000079.txt", atomically: true, encoding: .utf8)
        let c = Coordinator(
            store: store, database: fixtureDatabase, pool: pool, plan: UnitPlan(candidates: 1000, maxUnits: 3, leaseSeconds: 30),
            folder: ProgramStore(root: dir + "/programs"), bfiles: BFiles(root: dir + "/bfiles"), now: TestClock().now)
        // right on every known term, constant from two terms after them
        let known = try #require(fixtureDatabase[SequenceID(79)]).terms.count
        let capped = "min $0,\(known + 1)\n" + powersFast
        let refused = try await submit(c, "b1", "A000079", capped)
        #expect(refused.status == .wrong && refused.reason.contains("term \(known + 2)"), "\(refused.reason)")
        #expect(try await submit(c, "b2", "A000079", powersFast).status == .accepted)
    }

    func submit(_ c: Coordinator, _ key: String, _ sequence: String, _ program: String) async throws -> SubmissionResponse {
        try await c.submit(SubmissionRequest(key: key, worker: "w", unit: 1, sequence: sequence, program: program), worker: "w")
    }

    @Test("submissions: accepted, improved, duplicate, kept, idempotent keys, rejections store nothing", arguments: Backend.available)
    func submissions(_ backend: Backend) async throws {
        let (c, dir) = try await coordinator(backend)
        let first = try await submit(c, "k1", "A000079", powersLoop)
        #expect(first.status == .accepted)
        let again = try await submit(c, "k1", "A000079", powersFast)
        #expect(again.status == .accepted && again.repeated && again.programID == first.programID)
        let faster = try await submit(c, "k2", "A000079", powersFast)
        #expect(faster.status == .improved, "\(faster.reason)")
        #expect(try await submit(c, "k3", "A000079", powersLoop).status == .duplicate)
        #expect(try await submit(c, "k4", "A000079", "; a comment\n" + powersFast + " ; same code").status == .duplicate)
        let slower = try await submit(c, "k5", "A000079", powersLoopSwapped)
        #expect(slower.status == .kept, "\(slower.reason)")

        let wrong = try await submit(c, "r1", "A000079", "mov $0,1")
        #expect(wrong.status == .wrong && wrong.reason.contains("term 1"), "\(wrong.reason)")
        let malformed = try await submit(c, "r2", "A000079", "mov $0,\nadd $0,1")
        #expect(malformed.status == .malformed && malformed.reason.contains("1:"), "\(malformed.reason)")
        #expect(try await submit(c, "r3", "A999999", powersFast).status == .unknownSequence)
        #expect(try await submit(c, "r4", "X12", powersFast).status == .malformed)
        let looping = try await submit(c, "r5", "A000045", "lpb $0\n  add $0,1\nlpe")
        #expect(looping.status == .wrong, "\(looping.reason)")
        let huge = try await submit(c, "r6", "A000004", "mov $0,1" + String(repeating: "0", count: 2000) + "\nmul $0,$0\nmul $0,$0\nmul $0,$0\nmul $0,$0")
        #expect(huge.status == .wrong, "\(huge.reason)")
        #expect(try await submit(c, "r7", "A000045", String(repeating: "add $0,1\n", count: 10_000)).status == .malformed)

        // One current program (the faster one), as a file with its header; rejections left nothing.
        let current = try await c.store.currentPrograms()
        #expect(current.map(\.sequence) == [79])
        #expect(current.first?.id == faster.programID)
        try await assertFolderMatchesStore(c.store, folder: dir + "/programs")
        let s = try await c.status()
        #expect(s.store.submissions == ["accepted": 1, "improved": 1, "duplicate": 2, "kept": 1, "wrong": 3, "malformed": 3, "unknown-sequence": 1])
        #expect(s.store.programs == 1)
    }

    @Test("concurrent submissions for one sequence: exactly one first program, one current program", arguments: Backend.available)
    func concurrentSubmissions(_ backend: Backend) async throws {
        let (c, dir) = try await coordinator(backend)
        // Sixteen correct programs for the squares (different texts), and one key sent four times.
        let variants = (0..<16).map { k in "mov $1,$0\nmul $1,$0\nmov $0,$1\n" + String(repeating: "add $2,1\n", count: k) }
        let answers = try await withThrowingTaskGroup(of: SubmissionResponse.self) { group in
            for (i, v) in variants.enumerated() { group.addTask { try await self.submit(c, "v\(i)", "A000290", v) } }
            for _ in 0..<4 { group.addTask { try await self.submit(c, "same", "A000217", "mov $1,$0\nadd $1,1\nmul $1,$0\ndiv $1,2\nmov $0,$1") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.filter { $0.status == .accepted && !$0.repeated }.count == 2, "one for the squares, one for the triangular numbers")
        #expect(answers.filter { $0.status == .improved || $0.status == .kept }.count == 15)
        #expect(answers.filter(\.repeated).count == 3)
        let current = try await c.store.currentPrograms()
        #expect(current.map(\.sequence).sorted() == [217, 290])
        try await assertFolderMatchesStore(c.store, folder: dir + "/programs")
    }

    @Test("tokens are stored hashed; only a valid bearer token authenticates", arguments: Backend.available)
    func tokens(_ backend: Backend) async throws {
        let (c, _) = try await coordinator(backend)
        let token = try #require(try await c.createFirstToken())
        #expect(try await c.createFirstToken() == nil)
        #expect(try await c.store.tokenName(hash: token) == nil, "the token itself is not stored")
        #expect(try await c.store.tokenName(hash: Digest.sha256(token)) == "default")
        #expect(await c.authenticate("Bearer \(token)") == "default")
        #expect(await c.authenticate("Bearer x\(token)") == nil)
        #expect(await c.authenticate(token) == nil)
        #expect(await c.authenticate(nil) == nil)
    }

    @Test("a lost program file is rewritten from the database on start", arguments: Backend.available)
    func reconcile(_ backend: Backend) async throws {
        let (c, dir) = try await coordinator(backend)
        #expect(try await submit(c, "k1", "A000079", powersFast).status == .accepted)
        let path = ProgramStore(root: dir + "/programs").path(for: SequenceID(79))
        try FileManager.default.removeItem(atPath: path)
        #expect(try await c.reconcileFolder() == 1)
        try await assertFolderMatchesStore(c.store, folder: dir + "/programs")
    }
}

@Suite struct SHA256Tests {
    @Test("FIPS 180-4 test vectors")
    func vectors() {
        #expect(Digest.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Digest.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Digest.sha256(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
