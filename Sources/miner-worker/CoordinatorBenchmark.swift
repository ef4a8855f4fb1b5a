import Foundation
import MinerCLI
import LODACoordination
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASequences

/// A `miner-serve` child process on a free loopback port, for the benchmarks.
final class CoordinatorChild {
    let process = Process()
    let url: URL
    let token: String
    let folder: String

    init(arguments: [String], folder: String) throws {
        self.folder = folder
        let binary = siblingExecutable("miner-serve")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ProgramFileError("\(binary): the coordinator is not built; run `swift build --product miner-serve`")
        }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--listen", "127.0.0.1:0", "--token-file", folder + "/worker.token", "--programs", folder + "/programs"] + arguments
        // Its log goes to a file (a pipe would have to be drained, and the verifier processes
        // it starts would inherit it).
        let log = folder + "/serve.log"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        var port: Int?
        let started = monotonicNanoseconds()
        while port == nil {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = output.range(of: "listening on http://127.0.0.1:") {
                port = Int(output[range.upperBound...].prefix { $0.isNumber })
            } else if !process.isRunning || monotonicNanoseconds() - started > 120_000_000_000 {
                throw ProgramFileError("miner-serve stopped: \(output)")
            } else {
                usleep(20_000)
            }
        }
        url = URL(string: "http://127.0.0.1:\(port!)/")!
        token = ((try? String(contentsOfFile: folder + "/worker.token", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last lines the coordinator logged.
    func logTail(_ lines: Int = 10) -> String {
        let output = (try? String(contentsOfFile: folder + "/serve.log", encoding: .utf8)) ?? ""
        return output.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// Many concurrent submissions on loopback: rate, latency percentiles, verification cost apart.
enum CoordinatorBenchmark {
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }

    static func run(data: DataOptions, programs: String, db: String?, submissions: Int, concurrency: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-bench-coordinator-\(getpid())").path
        var keep = false
        defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
        // Programs without seq/prg calls (they must stand alone in an empty coordinator).
        var requests: [SubmissionRequest] = []
        for path in ProgramDirectory.programFiles(below: programs) {
            guard requests.count < submissions, let program = try? ProgramDirectory.load(file: path),
                  let id = ProgramDirectory.sequenceID(of: program, path: path),
                  !program.code.contains(where: { $0.opcode == .seq || $0.opcode == .prg }) else { continue }
            var code = program
            code.instructions = program.code
            requests.append(SubmissionRequest(key: UUID().uuidString, worker: "bench", unit: nil, sequence: id.description, program: code.description))
        }
        guard !requests.isEmpty else { throw ProgramFileError("\(programs): no programs to submit") }
        let all = requests
        // (one token for all clients: its limits are raised to the benchmark's concurrency)
        let server = try CoordinatorChild(arguments: ["--db", db ?? folder + "/coordinator.sqlite"] + data.childArguments + [
                                                      "--verify-per-token", String(4 * concurrency), "--verify-queue", String(4 * concurrency),
                                                      "--rate-limit", "1000000", "--verify-seconds", "3"], folder: folder)
        defer { server.stop() }
        print("== coordinator (\(db == nil ? "SQLite" : "PostgreSQL"), \(all.count) submissions, \(concurrency) concurrent clients, loopback)")
        for pass in ["first submissions", "repeated keys"] {
            let client = CoordinatorClient(base: server.url, token: server.token)
            final class Results: @unchecked Sendable {
                let lock = NSLock()
                var next = 0
                var latencies: [Double] = []
                var verify: [Double] = []
                var statuses: [String: Int] = [:]
                var failures = 0
            }
            let results = Results()
            let t0 = monotonicNanoseconds()
            let group = DispatchGroup()
            for _ in 0..<concurrency {
                group.enter()
                Thread {
                    while true {
                        results.lock.lock()
                        let i = results.next
                        results.next += 1
                        results.lock.unlock()
                        guard i < all.count else { break }
                        let s0 = monotonicNanoseconds()
                        let answer = try? client.submit(all[i])
                        let latency = Double(monotonicNanoseconds() - s0) / 1e9
                        results.lock.lock()
                        if let (_, r) = answer {
                            results.latencies.append(latency)
                            results.verify.append(r.verifySeconds)
                            results.statuses[r.repeated ? "repeated" : r.status.rawValue, default: 0] += 1
                        } else {
                            results.failures += 1
                        }
                        results.lock.unlock()
                    }
                    group.leave()
                }.start()
            }
            group.wait()
            let wall = Double(monotonicNanoseconds() - t0) / 1e9
            let latencies = results.latencies.sorted()
            let verify = results.verify.sorted()
            let overhead = zip(results.latencies, results.verify).map { $0 - $1 }.sorted()
            let accepted = (results.statuses["accepted"] ?? 0) + (results.statuses["improved"] ?? 0)
            let counts = results.statuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            print("-- \(pass): \(counts)\(results.failures > 0 ? ", \(results.failures) failed" : "")")
            if results.failures > 0 {
                keep = true
                print("   the coordinator's last log lines (all of them in \(folder)/serve.log):\n" + server.logTail())
            }
            print(String(format: "   %.0f submissions/s (%.0f accepted/s) over %.1f s", Double(latencies.count) / wall, Double(accepted) / wall, wall))
            print(String(format: "   latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f", percentile(latencies, 0.5) * 1e3, percentile(latencies, 0.9) * 1e3,
                         percentile(latencies, 0.99) * 1e3, (latencies.last ?? 0) * 1e3))
            if verify.contains(where: { $0 > 0 }) {
                print(String(format: "   verification ms (in the coordinator): p50 %.2f  p90 %.2f  p99 %.2f  mean %.2f", percentile(verify, 0.5) * 1e3,
                             percentile(verify, 0.9) * 1e3, percentile(verify, 0.99) * 1e3, verify.reduce(0, +) / Double(max(1, verify.count)) * 1e3))
                print(String(format: "   latency without verification ms: p50 %.2f  p90 %.2f  p99 %.2f", percentile(overhead, 0.5) * 1e3,
                             percentile(overhead, 0.9) * 1e3, percentile(overhead, 0.99) * 1e3))
            }
        }
        try hostile(server)
    }

    /// Eight submissions that run until the verification budget (3 s here), all at once, while
    /// `/health` is asked every 20 ms: its latency is what serving costs under hostile load.
    static func hostile(_ server: CoordinatorChild) throws {
        let slow = "mov $1,2\npow $1,1500\nmov $2,100000000\nlpb $2\n  sub $2,1\n  mov $3,$1\n  mul $3,$1\nlpe\nmov $0,$3\n"
        let client = CoordinatorClient(base: server.url, token: server.token, timeout: 120)
        let health = CoordinatorClient(base: server.url, token: nil, timeout: 10)
        final class Box: @unchecked Sendable { let lock = NSLock(); var answers: [String] = [] }
        let box = Box()
        let group = DispatchGroup()
        let t0 = monotonicNanoseconds()
        for i in 0..<8 {
            group.enter()
            Thread {
                let request = SubmissionRequest(key: "hostile-\(i)-\(UUID().uuidString)", worker: "bench", unit: nil, sequence: "A000045", program: slow)
                let answer = (try? client.submit(request)).map { "\($0.0) \($0.1.reason)" } ?? "no answer"
                box.lock.lock(); box.answers.append(answer); box.lock.unlock()
                group.leave()
            }.start()
        }
        var latencies: [Double] = []
        while group.wait(timeout: .now() + 0.02) == .timedOut {
            let h0 = monotonicNanoseconds()
            _ = try? health.send("GET", "health")
            latencies.append(Double(monotonicNanoseconds() - h0) / 1e9)
        }
        let wall = Double(monotonicNanoseconds() - t0) / 1e9
        latencies.sort()
        let budget = box.answers.filter { $0.hasPrefix("422") && ($0.contains("evaluation time") || $0.contains("took longer")) }.count
        print("-- hostile: 8 submissions running to the verification budget (3 s) at once, \(budget) of them rejected for it, in \(String(format: "%.1f", wall)) s")
        print(String(format: "   /health latency ms meanwhile (%d requests): p50 %.2f  p99 %.2f  max %.2f", latencies.count,
                     percentile(latencies, 0.5) * 1e3, percentile(latencies, 0.99) * 1e3, (latencies.last ?? 0) * 1e3))
    }
}
