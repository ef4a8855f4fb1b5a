import Foundation
import LODACoordinator
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASequences

/// Many concurrent submissions on loopback: rate, latency percentiles, verification cost apart.
public enum CoordinatorLoad {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }

    /// Starts `serve` (a `miner-serve` binary) on loopback with the data options `dataArguments`,
    /// submits up to `submissions` programs of `programs` from `concurrency` clients twice (new
    /// keys, then the same keys), then a hostile pass; `report` gets the figures line by line.
    public static func run(
        serve: String, dataArguments: [String], programs: String, db: String?, submissions: Int, concurrency: Int,
        report: (String) -> Void
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-bench-coordinator-\(getpid())").path
        var keep = false
        defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
        // Programs without seq/prg calls (they must stand alone in an empty coordinator).
        var requests: [SubmissionRequest] = []
        for path in ProgramDirectory.programFiles(below: programs) {
            guard requests.count < submissions, let program = try? ProgramDirectory.load(file: path),
                let id = ProgramDirectory.sequenceID(of: program, path: path),
                !program.code.contains(where: { $0.opcode == .seq || $0.opcode == .prg })
            else { continue }
            var code = program
            code.instructions = program.code
            requests.append(SubmissionRequest(key: UUID().uuidString, worker: "bench", unit: nil, sequence: id.description, program: code.description))
        }
        guard !requests.isEmpty else { throw Failure("\(programs): no programs to submit") }
        let all = requests
        // (one token for all clients: its limits are raised to the benchmark's concurrency)
        let server = try CoordinatorChild(
            binary: serve,
            arguments: ["--db", db ?? folder + "/coordinator.sqlite"] + dataArguments + [
                "--verify-per-token", String(4 * concurrency), "--verify-queue", String(4 * concurrency),
                "--rate-limit", "1000000", "--verify-seconds", "3"
            ], folder: folder)
        defer { server.stop() }
        report("== coordinator (\(db == nil ? "SQLite" : "PostgreSQL"), \(all.count) submissions, \(concurrency) concurrent clients, loopback)")
        for pass in ["first submissions", "repeated keys"] {
            let client = CoordinatorClient(base: server.url, token: server.token)
            struct Results {
                var next = 0
                var latencies: [Double] = []
                var verify: [Double] = []
                var statuses: [String: Int] = [:]
                var failures = 0
            }
            let shared = Shared(Results())
            let t0 = monotonicNanoseconds()
            let group = DispatchGroup()
            for _ in 0..<concurrency {
                group.enter()
                Thread {
                    while true {
                        let i = shared.withLock { r in
                            r.next += 1
                            return r.next - 1
                        }
                        guard i < all.count else { break }
                        let s0 = monotonicNanoseconds()
                        let answer = try? client.submit(all[i])
                        let latency = Double(monotonicNanoseconds() - s0) / 1e9
                        shared.withLock { results in
                            if let (_, r) = answer {
                                results.latencies.append(latency)
                                results.verify.append(r.verifySeconds)
                                results.statuses[r.repeated ? "repeated" : r.status.rawValue, default: 0] += 1
                            } else {
                                results.failures += 1
                            }
                        }
                    }
                    group.leave()
                }.start()
            }
            group.wait()
            let wall = Double(monotonicNanoseconds() - t0) / 1e9
            let results = shared.withLock { $0 }
            let latencies = results.latencies.sorted()
            let verify = results.verify.sorted()
            let overhead = zip(results.latencies, results.verify).map { $0 - $1 }.sorted()
            let accepted = (results.statuses["accepted"] ?? 0) + (results.statuses["improved"] ?? 0)
            let counts = results.statuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            report("-- \(pass): \(counts)\(results.failures > 0 ? ", \(results.failures) failed" : "")")
            if results.failures > 0 {
                keep = true
                report("   the coordinator's last log lines (all of them in \(folder)/serve.log):\n" + server.logTail())
            }
            report(String(format: "   %.0f submissions/s (%.0f accepted/s) over %.1f s", Double(latencies.count) / wall, Double(accepted) / wall, wall))
            report(
                String(
                    format: "   latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f", percentile(latencies, 0.5) * 1e3, percentile(latencies, 0.9) * 1e3,
                    percentile(latencies, 0.99) * 1e3, (latencies.last ?? 0) * 1e3))
            if verify.contains(where: { $0 > 0 }) {
                report(
                    String(
                        format: "   verification ms (in the coordinator): p50 %.2f  p90 %.2f  p99 %.2f  mean %.2f", percentile(verify, 0.5) * 1e3,
                        percentile(verify, 0.9) * 1e3, percentile(verify, 0.99) * 1e3, verify.reduce(0, +) / Double(max(1, verify.count)) * 1e3))
                report(
                    String(
                        format: "   latency without verification ms: p50 %.2f  p90 %.2f  p99 %.2f", percentile(overhead, 0.5) * 1e3,
                        percentile(overhead, 0.9) * 1e3, percentile(overhead, 0.99) * 1e3))
            }
        }
        try hostile(server, report: report)
    }

    /// Eight submissions that run until the verification budget (3 s here), all at once, while
    /// `/health` is asked every 20 ms: its latency is what serving costs under hostile load.
    static func hostile(_ server: CoordinatorChild, report: (String) -> Void) throws {
        let slow = "mov $1,2\npow $1,1500\nmov $2,100000000\nlpb $2\n  sub $2,1\n  mov $3,$1\n  mul $3,$1\nlpe\nmov $0,$3\n"
        let client = CoordinatorClient(base: server.url, token: server.token, timeout: 120)
        let health = CoordinatorClient(base: server.url, token: nil, timeout: 10)
        let answers = Shared([String]())
        let group = DispatchGroup()
        let t0 = monotonicNanoseconds()
        for i in 0..<8 {
            group.enter()
            Thread {
                let request = SubmissionRequest(key: "hostile-\(i)-\(UUID().uuidString)", worker: "bench", unit: nil, sequence: "A000045", program: slow)
                let answer = (try? client.submit(request)).map { "\($0.0) \($0.1.reason)" } ?? "no answer"
                answers.withLock { $0.append(answer) }
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
        let budget = answers.withLock { $0 }.filter { $0.hasPrefix("422") && ($0.contains("evaluation time") || $0.contains("took longer")) }.count
        report("-- hostile: 8 submissions running to the verification budget (3 s) at once, \(budget) of them rejected for it, in \(String(format: "%.1f", wall)) s")
        report(
            String(
                format: "   /health latency ms meanwhile (%d requests): p50 %.2f  p99 %.2f  max %.2f", latencies.count,
                percentile(latencies, 0.5) * 1e3, percentile(latencies, 0.99) * 1e3, (latencies.last ?? 0) * 1e3))
    }
}
