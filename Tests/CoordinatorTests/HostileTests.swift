import Foundation
import LODACoordinator
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODAWorker
import Testing

/// A token holder attacks a real coordinator process on loopback: every attack gets a clear
/// answer within its budget and the coordinator stays alive and keeps serving.
@Suite(.serialized)
struct HostileTests {
    func server(_ name: String, _ extra: [String] = []) throws -> ServerUnderTest {
        let dir = Paths.temporary("hostile-\(name)")
        return try ServerUnderTest(dir: dir, db: dir + "/coordinator.sqlite", extra: extra)
    }

    /// One request with the server's token (or `token`); the status, body and `Retry-After`.
    func send(_ s: ServerUnderTest, _ method: String, _ path: String, _ body: String? = nil, token: String? = nil) throws -> (Int, String, Double?) {
        let client = CoordinatorClient(base: URL(string: s.url)!, token: token ?? s.token, timeout: 30)
        let (status, data, retry) = try client.sendWithHeaders(method, path, body: body.map { Data($0.utf8) })
        return (status, String(decoding: data, as: UTF8.self), retry)
    }

    func submission(_ key: String, _ sequence: String, _ program: String) -> String {
        let request = SubmissionRequest(key: key, worker: "attacker", unit: nil, sequence: sequence, program: program)
        return String(decoding: try! JSONEncoder().encode(request), as: UTF8.self)
    }

    static let fibonacci = "mov $1,1\nlpb $0\n  mov $2,$1\n  add $1,$3\n  mov $3,$2\n  sub $0,1\nlpe\nmov $0,$3\n"
    /// Runs until the time budget: squares of a 1,500-bit number, 10^8 times.
    static let slow = "mov $1,2\npow $1,1500\nmov $2,100000000\nlpb $2\n  sub $2,1\n  mov $3,$1\n  mul $3,$1\nlpe\nmov $0,$3\n"

    func alive(_ s: ServerUnderTest) throws -> Bool {
        guard s.process.process.isRunning else {
            Issue.record("the coordinator ended: \(s.process.text)")
            return false
        }
        return try send(s, "GET", "health").1 == "ok\n"
    }

    @Test("region operations over 10^15 cells are answered at once")
    func regionAttacks() throws {
        let s = try server("regions")
        let attacks = [
            "clr $0,1000000000000000", "rol $1000000000000000,-999999999999999",
            "mov $1,1\nrol $1000000000000000,-1000000000000000\nfil $1000000000000000,-1000000000000000",
            "mov $1,7\nror $1000000000000,-1000000000000\nmov $0,$2"
        ]
        for (i, program) in attacks.enumerated() {
            let t0 = Date()
            let (status, body, _) = try send(s, "POST", "v1/submissions", submission("region\(i)", "A000045", program))
            #expect(Date().timeIntervalSince(t0) < 5, "\(program): \(body)")
            #expect(status == 422, "\(program): \(body)")
        }
        #expect(try alive(s))
    }

    @Test("slow verifications leave health, leases and heartbeats fast, and end at their budget")
    func slowVerifications() throws {
        let s = try server("slow", ["--verify-seconds", "1", "--verifiers", "2"])
        let answers = Shared([String]())
        var health: [Double] = []
        let group = DispatchGroup()
        for i in 0..<8 {
            group.enter()
            Thread { [self] in
                let answer = (try? send(s, "POST", "v1/submissions", submission("slow\(i)", "A000045", HostileTests.slow)))?.1 ?? "no answer"
                answers.withLock { $0.append(answer) }
                group.leave()
            }.start()
        }
        // while they run: health, a lease and its heartbeat answer quickly
        var lease: Lease?
        while group.wait(timeout: .now() + 0.05) == .timedOut {
            guard s.process.process.isRunning else {
                Issue.record("the coordinator ended: \(s.process.text)")
                return
            }
            let t0 = Date()
            #expect(try send(s, "GET", "health").1 == "ok\n")
            health.append(Date().timeIntervalSince(t0))
            if lease == nil {
                let t1 = Date()
                lease = try s.client.lease(worker: "steady")
                #expect(Date().timeIntervalSince(t1) < 2)
                let t2 = Date()
                #expect(try s.client.heartbeat(lease!.leaseID))
                #expect(Date().timeIntervalSince(t2) < 2)
            }
        }
        #expect(try alive(s))
        let answered = answers.withLock { $0 }
        #expect(answered.count == 8)
        #expect(answered.allSatisfy { $0.contains("maximum evaluation time exceeded") || $0.contains("took longer") }, "\(answered)")
        #expect(health.count > 10 && health.max()! < 2, "health latencies: \(health)")
        #expect(try alive(s))
    }

    @Test("a verification over its memory limit ends its verifier only")
    func memoryHog() throws {
        let s = try server("memory", ["--verifier-memory", "200"])
        let hog = "mov $1,2\npow $1,3800\nfil $1,1999\n" + String(repeating: "lpb $0\n", count: 100) + "sub $0,1\n" + String(repeating: "lpe\n", count: 100)
        let (status, body, _) = try send(s, "POST", "v1/submissions", submission("hog", "A000045", hog))
        #expect(status == 422 && body.contains("ended abnormally"), "\(body)")
        let (good, _, _) = try send(s, "POST", "v1/submissions", submission("good", "A000045", HostileTests.fibonacci))
        #expect(good == 201)
        #expect(try s.status().verifiersReplaced == 1)
        #expect(try alive(s))
    }

    @Test("worker-reported numbers are clamped: no overflow, no negative counts")
    func untrustedCounts() throws {
        let s = try server("counts", ["--unit-candidates", "1000"])
        for claimed in [Int.max, Int.max, -5] {
            let lease = try #require(try s.client.lease(worker: "liar"))
            #expect(try s.client.complete(lease.leaseID, report: CompletionReport(candidates: claimed, finds: claimed)).counted)
        }
        let status = try s.status()
        #expect(status.store.candidatesDone == 2000)
        #expect(try send(s, "GET", "metrics").0 == 200)
    }

    @Test("leases per token are capped, and /status stays small")
    func leaseCap() throws {
        let s = try server("leases", ["--leases-per-token", "3"])
        for i in 0..<3 { #expect(try s.client.lease(worker: "name\(i)") != nil) }
        let (status, body, retry) = try send(s, "POST", "v1/leases", "{\"worker\":\"name9\"}")
        #expect(status == 429 && body.contains("too-many-leases") && retry != nil, "\(body)")
        #expect(try s.status().store.workerCount == 3)
    }

    @Test("fields from workers are escaped in the log")
    func logForging() throws {
        let s = try server("log")
        _ = try send(s, "POST", "v1/submissions", submission("forge", "A000045\nforged: accepted A999999 from admin", "mov $0,1"))
        #expect(s.process.waitFor("rejected A000045\\x0aforg", seconds: 10), "\(s.process.text)")
        #expect(!s.process.text.split(separator: "\n").contains { $0.hasPrefix("forged") })
    }

    @Test("a token over its request rate gets 429 with Retry-After")
    func rateLimit() throws {
        let s = try server("rate", ["--rate-limit", "2"])
        var limited = 0
        for _ in 0..<20 {
            let (status, _, retry) = try send(s, "POST", "v1/leases/none/heartbeat")
            if status == 429 {
                limited += 1
                #expect((retry ?? 0) >= 1)
            }
        }
        #expect(limited > 10)
        #expect(try send(s, "GET", "health").1 == "ok\n")
    }

    /// Runs `count` slow submissions at once; returns their statuses and Retry-After values.
    func flood(_ s: ServerUnderTest, _ count: Int) -> [(Int, Double?)] {
        let out = Shared([(Int, Double?)]())
        let group = DispatchGroup()
        for i in 0..<count {
            group.enter()
            Thread { [self] in
                if let (status, _, retry) = try? send(s, "POST", "v1/submissions", submission("flood\(i)", "A000045", HostileTests.slow)) {
                    out.withLock { $0.append((status, retry)) }
                }
                group.leave()
            }.start()
            Thread.sleep(forTimeInterval: 0.05)
        }
        group.wait()
        return out.withLock { $0 }
    }

    @Test("a full verification queue answers 503 with Retry-After")
    func queueFull() throws {
        let s = try server("queue", ["--verifiers", "1", "--verify-queue", "1", "--verify-per-token", "50", "--verify-seconds", "2"])
        let answers = flood(s, 5)
        #expect(answers.count == 5)
        #expect(answers.contains { $0.0 == 503 && ($0.1 ?? 0) >= 1 }, "\(answers)")
        #expect(answers.contains { $0.0 == 422 })
        #expect(try alive(s))
    }

    @Test("one token's submissions in flight are capped with 429")
    func perTokenLimit() throws {
        let s = try server("per-token", ["--verifiers", "1", "--verify-queue", "20", "--verify-per-token", "1", "--verify-seconds", "1"])
        let answers = flood(s, 3)
        #expect(answers.contains { $0.0 == 429 && ($0.1 ?? 0) >= 1 }, "\(answers)")
        #expect(answers.contains { $0.0 == 422 })
    }

    @Test("a revoked token stops working")
    func revocation() throws {
        let s = try server("revoke")
        let add = try ChildProcess(Paths.serve, ["--db", s.db, "--add-token", "alice"])
        #expect(add.waitForExit() == 0)
        let alice = add.text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try send(s, "POST", "v1/leases", "{\"worker\":\"w\"}", token: alice).0 == 200)
        let revoke = try ChildProcess(Paths.serve, ["--db", s.db, "--revoke-token", "alice"])
        #expect(revoke.waitForExit() == 0 && revoke.text.contains("revoked 1 token"))
        let until = Date().addingTimeInterval(15)
        var status = 200
        while Date() < until && status != 401 {
            status = try send(s, "POST", "v1/leases", "{\"worker\":\"w\"}", token: alice).0
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(status == 401)
        #expect(try send(s, "POST", "v1/leases", "{\"worker\":\"w\"}").0 == 200, "the other token still works")
        let unknown = try ChildProcess(Paths.serve, ["--db", s.db, "--revoke-token", "nobody"])
        #expect(unknown.waitForExit() == 1 && unknown.text.contains("no token named 'nobody'"))
    }

    @Test("/status shows worker names only with a token; files are private")
    func statusAndFiles() throws {
        let s = try server("status")
        _ = try s.client.lease(worker: "secret-name")
        let (_, anonymous, _) = try send(s, "GET", "status", token: "")
        #expect(!anonymous.contains("secret-name") && anonymous.contains("\"workerCount\":1"), "\(anonymous)")
        #expect(try send(s, "GET", "status").1.contains("secret-name"))
        for file in [s.tokenFile, s.db] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file): \(String(mode ?? 0, radix: 8))")
        }
    }

    @Test("a program file that cannot be written is answered with the reason and written later")
    func unwrittenFile() throws {
        let s = try server("unwritten")
        let path = ProgramDirectory(s.programs).path(for: ProgramID("A000045")!)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)  // a folder where the file goes
        let (status, body, _) = try send(s, "POST", "v1/submissions", submission("blocked", "A000045", HostileTests.fibonacci))
        #expect(status == 201 && body.contains("could not be written yet"), "\(body)")
        #expect(s.process.waitFor("could not be written", seconds: 5))
        #expect(try s.status().unwrittenFiles == 1)
        try FileManager.default.removeItem(atPath: path)
        #expect(s.process.waitFor("to the programs folder after an earlier failure", seconds: 15), "\(s.process.text)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("lpb $0"))
        #expect(try s.status().unwrittenFiles == 0)
    }

    @Test("TLS: HTTPS with the given certificate, no plain HTTP")
    func tls() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return }
        let dir = Paths.temporary("tls")
        let make = try ChildProcess(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir + "/key.pem",
                "-out", dir + "/cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1"
            ])
        #expect(make.waitForExit() == 0)
        let s = try ChildProcess(
            Paths.serve,
            [
                "--listen", "127.0.0.1:0", "--db", dir + "/c.sqlite", "--programs", dir + "/programs",
                "--token-file", dir + "/t", "--sequences", Paths.fixtures + "/stripped",
                "--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/key.pem"
            ])
        #expect(s.waitFor("listening on https://127.0.0.1:", seconds: 60), "\(s.text)")
        let line = s.text.split(separator: "\n").first { $0.contains("listening on https://") }!
        let port = line.split(separator: ":").last!
        let secure = try ChildProcess("/usr/bin/curl", ["-s", "--cacert", dir + "/cert.pem", "https://127.0.0.1:\(port)/health"])
        #expect(secure.waitForExit() == 0 && secure.text == "ok\n", "\(secure.text)")
        let plain = try ChildProcess("/usr/bin/curl", ["-s", "http://127.0.0.1:\(port)/health"])
        #expect(plain.waitForExit() != 0)
        let bad = try ChildProcess(Paths.serve, ["--db", dir + "/c.sqlite", "--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/nothing.pem"])
        #expect(bad.waitForExit() == 1 && bad.text.contains("cannot use them for TLS"), "\(bad.text)")
    }

    @Test("random and mutated requests never bring it down")
    func fuzz() throws {
        let s = try server("fuzz", ["--rate-limit", "100000"])
        var g = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64.max, using: &g)
        var rng = SeededRandom(seed: seed)
        let methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"]
        let paths = [
            "health", "status", "metrics", "v1/leases", "v1/leases/x/heartbeat", "v1/leases/x/complete", "v1/submissions",
            "v1/programs?after=-1&limit=999999999", "v1/programs?after=abc", "v1/../status", "v1/%00", String(repeating: "a/", count: 500)
        ]
        let valid = [submission("fz", "A000045", HostileTests.fibonacci), "{\"worker\":\"w\"}", "{\"candidates\":5,\"finds\":1}"]
        var answered = 0
        for _ in 0..<300 {
            var body = valid[Int(rng.next() % UInt64(valid.count))]
            switch rng.next() % 6 {
            case 0: body = String((0..<Int(rng.next() % 300)).map { _ in Character(Unicode.Scalar(UInt8(rng.next() % 128))) })
            case 1: body = String(body.prefix(Int(rng.next() % UInt64(body.count + 1))))
            case 2:
                var bytes = Array(body.utf8)
                for _ in 0..<4 where !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(rng.next() % 256) }
                body = String(decoding: bytes, as: UTF8.self)
            case 3: body = body.replacingOccurrences(of: "A000045", with: ["A-1", "A9999999999", "", "B000045", "A000045\u{0}"][Int(rng.next() % 5)])
            case 4: body = body.replacingOccurrences(of: "mov", with: ["lpe", "lpb", "clr", "seq", "prg", "xyz"][Int(rng.next() % 6)])
            default: break
            }
            let method = methods[Int(rng.next() % UInt64(methods.count))]
            let path = paths[Int(rng.next() % UInt64(paths.count))]
            let token = rng.next() % 5 == 0 ? "wrong" : nil
            if let (status, _, _) = try? send(s, method, path, method == "GET" || method == "HEAD" ? nil : body, token: token) {
                #expect((200..<600).contains(status))
                answered += 1
            }
        }
        #expect(answered > 250, "seed \(seed)")
        #expect(try alive(s), "seed \(seed)")
        #expect(try send(s, "POST", "v1/submissions", submission("after-fuzz", "A000045", HostileTests.fibonacci)).0 < 300, "seed \(seed)")
    }

    @Test("workers keep finds the coordinator refused for a limit, and drain their journal on Ctrl-C")
    func workerRetriesAndDrains() throws {
        let s = try server("drain", ["--rate-limit", "3", "--unit-candidates", "200000", "--lease-seconds", "30"])
        let w = try s.worker("w", arguments: ["--units", "1", "--jobs", "1"])
        #expect(w.waitFor("sending it again", seconds: 120), "\(w.text)")
        kill(w.process.processIdentifier, SIGINT)
        #expect(w.waitForExit(seconds: 120) == 0, "\(w.text)")
        #expect(w.text.contains("finds not yet answered") || w.text.contains("0 finds left in the journal"), "\(w.text)")
        let journal = try Journal(path: s.dir + "/w/journal")
        #expect(journal.count == 0, "\(w.text)")
        #expect(try s.status().store.programs > 0)
    }
}
