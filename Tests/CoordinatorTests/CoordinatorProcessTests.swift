import Foundation
import LODACoordinator
import LODACoordinatorServer
import LODAProgramStore
import LODASequences
import LODAWorker
import Testing

/// Real coordinator and worker processes on loopback, on each store backend.
@Suite(.serialized)
struct CoordinatorProcessTests {
    func server(_ backend: Backend, _ name: String, port: Int = 0, extra: [String]) async throws -> ServerUnderTest {
        let dir = Paths.temporary("\(name)-\(backend.rawValue)")
        let db = try await backend.freshDatabase(in: dir, suite: "processes")
        return try ServerUnderTest(dir: dir, db: db, port: port, extra: extra)
    }

    @Test("two workers mine a small sequence file: every find once in the database and in the programs folder", arguments: Backend.available)
    func twoWorkers(_ backend: Backend) async throws {
        let s = try await server(backend, "two", extra: ["--unit-candidates", "4000", "--lease-seconds", "20"])
        let a = try s.worker("a", arguments: ["--units", "2"])
        let b = try s.worker("b", arguments: ["--units", "2"])
        #expect(a.waitForExit() == 0, "\(a.text)")
        #expect(b.waitForExit() == 0, "\(b.text)")
        let status = try s.status()
        #expect(status.store.unitsDone == 4 && status.store.unitsExpired == 0)
        #expect(status.store.candidatesDone == 16000)
        let accepted = status.store.submissions["accepted"] ?? 0
        #expect(accepted >= 5, "the easy sequences are found: \(a.text)\n\(b.text)")
        let store = try backend.openStore(s.db)
        // Each sequence was accepted once; later finds for it were improvements, duplicates or kept.
        #expect(accepted == status.store.programs)
        try await assertFolderMatchesStore(store, folder: s.programs)
        for name in ["a", "b"] { #expect(try Journal(path: s.dir + "/\(name)/journal").count == 0) }
        // A worker that joins later fetches every accepted program into its folder (and does not mine those sequences).
        let stored = Set(ProgramDirectory.programFiles(below: s.programs).map { ($0 as NSString).lastPathComponent })
        let c = try s.worker("c", arguments: ["--units", "1"])
        #expect(c.waitForExit() == 0, "\(c.text)")
        let fetched = Set(ProgramDirectory.programFiles(below: s.dir + "/c/programs").map { ($0 as NSString).lastPathComponent })
        #expect(stored.isSubset(of: fetched))
    }

    @Test("a worker killed in the middle of a unit: the lease expires, the unit is redone once, its journal is sent", arguments: Backend.available)
    func killedWorker(_ backend: Backend) async throws {
        let s = try await server(backend, "killed-worker", extra: ["--unit-candidates", "30000", "--lease-seconds", "2"])
        let journal = s.dir + "/shared-journal"
        let a = try s.worker("a", journal: journal, arguments: ["--units", "1"])
        #expect(s.waitUntil { $0.store.unitsLeased == 1 && ($0.store.submissions["accepted"] ?? 0) > 0 }, "\(a.text)")
        a.killHard()
        let afterKill = try s.status()
        #expect(afterKill.store.unitsDone == 0)
        try await Task.sleep(for: .seconds(3))  // the lease expires
        // A new worker on the same journal (a restarted worker) gets the expired unit back.
        let b = try s.worker("b", journal: journal, arguments: ["--units", "1"])
        #expect(b.waitForExit() == 0, "\(b.text)")
        let status = try s.status()
        #expect(status.store.unitsDone == 1, "unit 1 done once")
        #expect(status.store.unitsExpired == 1, "unit 1 handed out twice")
        #expect(status.store.candidatesDone == 30000)
        #expect(try Journal(path: journal).count == 0, "every journaled find answered")
        let store = try backend.openStore(s.db)
        #expect((status.store.submissions["accepted"] ?? 0) == status.store.programs)
        try await assertFolderMatchesStore(store, folder: s.programs)
    }

    @Test("the coordinator killed and restarted: accepted finds stay, the worker resumes", arguments: Backend.available)
    func killedCoordinator(_ backend: Backend) async throws {
        let s = try await server(backend, "killed-coordinator", extra: ["--unit-candidates", "3000", "--lease-seconds", "30"])
        let w = try s.worker("w", arguments: ["--units", "4"])
        #expect(s.waitUntil { $0.store.programs >= 3 }, "\(w.text)")
        s.process.killHard()
        let store = try backend.openStore(s.db)
        let before = try await store.programs(after: 0, limit: 100_000)
        try await Task.sleep(for: .seconds(2))  // the worker finds no coordinator for a while
        try s.restart()
        #expect(w.waitForExit() == 0, "\(w.text)")
        let after = try await store.programs(after: 0, limit: 100_000)
        #expect(Set(before.map(\.id)).isSubset(of: Set(after.map(\.id))), "every accepted program is still there")
        let status = try s.status()
        #expect(status.store.unitsDone == 4)
        #expect(try Journal(path: s.dir + "/w/journal").count == 0)
        #expect((status.store.submissions["accepted"] ?? 0) == status.store.programs)
        try await assertFolderMatchesStore(store, folder: s.programs)
    }

    @Test("bad submissions are refused with the right status and reason, and nothing is stored", arguments: Backend.available)
    func refusals(_ backend: Backend) async throws {
        let s = try await server(backend, "refusals", extra: ["--body-limit", "4096"])
        let client = s.client
        func submit(_ key: String, _ sequence: String, _ program: String) throws -> (Int, SubmissionResponse) {
            try client.submit(SubmissionRequest(key: key, worker: "t", unit: nil, sequence: sequence, program: program))
        }
        let (wrongStatus, wrong) = try submit("1", "A000045", "mov $0,1")
        #expect(wrongStatus == 422 && wrong.status == .wrong && wrong.reason.contains("expected"))
        let (malformedStatus, malformed) = try submit("2", "A000045", "mov $0,$")
        #expect(malformedStatus == 400 && malformed.status == .malformed)
        let (unknownStatus, unknown) = try submit("3", "A999999", "mov $0,1")
        #expect(unknownStatus == 422 && unknown.status == .unknownSequence && unknown.reason.contains("A999999"))
        // Oversized body.
        let big = try JSONEncoder().encode(
            SubmissionRequest(
                key: "4", worker: "t", unit: nil, sequence: "A000045",
                program: String(repeating: "add $0,1\n", count: 1000)))
        let (bigStatus, bigBody) = try client.send("POST", "v1/submissions", body: big)
        #expect(bigStatus == 413 && String(decoding: bigBody, as: UTF8.self).contains("too-large"))
        // No token, a wrong token.
        for token in [nil, "not-the-token"] {
            let anonymous = CoordinatorClient(base: URL(string: s.url)!, token: token, timeout: 10)
            let (status, body) = try anonymous.send(
                "POST", "v1/submissions",
                body: try JSONEncoder().encode(SubmissionRequest(key: "5", worker: "t", unit: nil, sequence: "A000079", program: "mov $1,2\npow $1,$0\nmov $0,$1")))
            #expect(status == 401 && String(decoding: body, as: UTF8.self).contains("unauthorized"))
            #expect(try anonymous.send("POST", "v1/leases", body: Data("{\"worker\":\"x\"}".utf8)).0 == 401)
        }
        // Not JSON.
        #expect(try client.send("POST", "v1/submissions", body: Data("{".utf8)).0 == 400)

        let status = try s.status()
        #expect(status.store.programs == 0)
        #expect(status.unauthorized == 4 && status.oversized == 1 && status.badRequests == 1)
        #expect(status.store.submissions == ["wrong": 1, "malformed": 1, "unknown-sequence": 1])
        #expect(ProgramDirectory.programFiles(below: s.programs).isEmpty)
        let store = try backend.openStore(s.db)
        #expect(try await store.programs(after: 0, limit: 10).isEmpty)
        let metrics = try client.metrics()
        #expect(metrics.contains("lodestone_submissions_total{status=\"wrong\"} 1"))
        #expect(metrics.contains("lodestone_refused_requests_total{reason=\"unauthorized\"} 4"))

        // A second token, created while the coordinator runs, works at once and names its workers.
        let add = try ChildProcess(Paths.serve, ["--db", s.db, "--add-token", "alice"])
        #expect(add.waitForExit(seconds: 60) == 0, "\(add.text)")
        let alice = CoordinatorClient(base: URL(string: s.url)!, token: add.text.trimmingCharacters(in: .whitespacesAndNewlines), timeout: 10)
        #expect(try alice.lease(worker: "w1")?.unit.id == 1)
        #expect(try s.status().store.workers.map(\.name) == ["alice/w1"])
    }
}
