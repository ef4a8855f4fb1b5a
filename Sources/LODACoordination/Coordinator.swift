import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASequences
import Synchronization

/// The coordinator's logic, independent of HTTP: leases, submissions (verified here, never
/// trusted), the programs folder, status. The HTTP layer maps requests onto these methods.
public final class Coordinator: Sendable {
    public let store: any CoordinatorStore
    public let verifier: SubmissionVerifier
    public let plan: UnitPlan
    /// The programs folder accepted programs are written to (atomically).
    public let folder: ProgramStore
    let now: @Sendable () -> Double
    let limiter: ConcurrencyLimiter
    let started: Double
    /// One line per event worth a log line: accepted finds, rejections, units handed out again.
    let log: @Sendable (String) -> Void

    struct Counters {
        var unauthorized = 0
        var oversized = 0
        var badRequests = 0
        var verifications = 0
        var verifySeconds = 0.0
        var tokens: [String: String] = [:]
        /// Program id last written per sequence, so a slow writer never overwrites a newer program.
        var written: [Int: Int64] = [:]
    }
    let counters = Mutex(Counters())

    /// - Parameters:
    ///   - now: wall-clock seconds (injected so tests can drive lease expiry).
    ///   - verifications: how many submissions are checked at once (defaults to the core count).
    public init(store: any CoordinatorStore, verifier: SubmissionVerifier, plan: UnitPlan, folder: ProgramStore,
                verifications: Int = ProcessInfo.processInfo.activeProcessorCount,
                now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.log = log
        self.store = store
        self.verifier = verifier
        self.plan = plan
        self.folder = folder
        self.now = now
        limiter = ConcurrencyLimiter(verifications)
        started = now()
    }

    // MARK: tokens

    /// Creates a token when the store has none; returns it (the only time it is seen in clear).
    public func createFirstToken(name: String = "default") async throws -> String? {
        guard try await store.tokenCount() == 0 else { return nil }
        return try await createToken(name: name)
    }

    public func createToken(name: String) async throws -> String {
        try await Coordinator.createToken(name: name, in: store, now: now())
    }

    /// A new random 256-bit token, stored as its SHA-256 hash; returned in clear once.
    public static func createToken(name: String, in store: any CoordinatorStore, now: Double) async throws -> String {
        var rng = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(format: "%016llx", rng.next() as UInt64) }.joined()
        try await store.addToken(hash: SHA256.hex(token), name: name, now: now)
        return token
    }

    /// The token's name for a valid `Authorization: Bearer ...` header, else nil.
    public func authenticate(_ header: String?) async -> String? {
        guard let header, header.hasPrefix("Bearer ") else { return nil }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, token.utf8.count <= 256 else { return nil }
        let hash = SHA256.hex(token)
        if let name = counters.withLock({ $0.tokens[hash] }) { return name }
        guard let name = try? await store.tokenName(hash: hash) else { return nil }
        counters.withLock { $0.tokens[hash] = name }
        return name
    }

    public func countUnauthorized() { counters.withLock { $0.unauthorized += 1 } }
    public func countOversized() { counters.withLock { $0.oversized += 1 } }
    public func countBadRequest() { counters.withLock { $0.badRequests += 1 } }

    // MARK: units

    public func lease(worker: String) async throws -> Lease? {
        let lease = try await store.lease(worker: worker, leaseID: UUID().uuidString.lowercased(), now: now(), plan: plan)
        if let lease, lease.attempt > 1 { log("unit \(lease.unit.id) handed out again to \(worker) (attempt \(lease.attempt)): its lease had expired") }
        return lease
    }

    public func heartbeat(leaseID: String) async throws -> Bool {
        try await store.renew(leaseID: leaseID, now: now(), seconds: plan.leaseSeconds)
    }

    public func complete(leaseID: String, report: CompletionReport) async throws -> CompletionResponse {
        if try await store.complete(leaseID: leaseID, now: now(), report: report) { return CompletionResponse(counted: true) }
        return CompletionResponse(counted: false, reason: "the lease is not held: it expired and the unit was handed out again, or it was completed already")
    }

    // MARK: submissions

    /// Verifies and records one submission. Repeated keys get the first answer.
    public func submit(_ request: SubmissionRequest, worker: String) async throws -> SubmissionResponse {
        guard !request.key.isEmpty, request.key.utf8.count <= 128 else {
            return SubmissionResponse(status: .malformed, reason: "the submission key must have 1 to 128 characters")
        }
        if var prior = try await store.submission(key: request.key) {
            prior.repeated = true
            prior.verifySeconds = 0
            return prior
        }
        let received = now()
        let verifier = self.verifier
        let (outcome, baseline, seconds) = await limiter.run { () -> (SubmissionVerifier.Outcome, ReplacementPolicy.Candidate?, Double) in
            let t0 = monotonicNanoseconds()
            let outcome = verifier.verify(sequence: request.sequence, text: request.program)
            var baseline: ReplacementPolicy.Candidate?
            if case .verified(_, let sequence, _) = outcome { baseline = verifier.baseline(for: sequence) }
            return (outcome, baseline, Double(monotonicNanoseconds() - t0) / 1e9)
        }
        counters.withLock {
            $0.verifications += 1
            $0.verifySeconds += seconds
        }
        let number = SequenceID(request.sequence)?.number ?? -1
        var record = SubmissionRecord(key: request.key, worker: worker, unit: request.unit, sequence: number,
                                      received: received, verifySeconds: seconds)
        switch outcome {
        case .rejected(let status, let reason):
            record.rejection = (status, reason)
            let response = try await store.record(record, verified: nil) { _ in .keep(reason) }
            if !response.repeated { log("rejected \(request.sequence.prefix(12)) from \(worker) (\(status.rawValue)): \(reason)") }
            return response
        case .verified(let verified, let sequence, let program):
            let figures = verified.figures
            let response = try await store.record(record, verified: verified) { current in
                ReplacementPolicy.decide(existing: current ?? baseline, new: figures)
            }
            if response.status.stores, !response.repeated, let id = response.programID {
                try write(program, for: sequence, id: id)
                log("\(response.status.rawValue) \(sequence.id) from \(worker)\(request.unit.map { ", unit \($0)" } ?? ""): \(response.reason)")
            }
            return response
        }
    }

    /// Writes the program file unless a newer program of the sequence was written already.
    func write(_ program: Program, for sequence: IntegerSequence, id: Int64) throws {
        try counters.withLock { c in
            if let last = c.written[sequence.id.number], last > id { return }
            // The database is the record (committed and synced first); the file is rewritten from it at start if lost.
            try ProgramStore.writeAtomically(ProgramStore.text(of: program, for: sequence), to: folder.path(for: sequence.id), durable: false)
            c.written[sequence.id.number] = id
        }
    }

    /// Makes the programs folder hold every sequence's current program (after a crash
    /// between commit and write, or for a new coordinator sharing a PostgreSQL database).
    /// Returns the number of files written.
    @discardableResult
    public func reconcileFolder() async throws -> Int {
        var rewritten = 0
        for p in try await store.currentPrograms() {
            guard let sequence = verifier.database[SequenceID(p.sequence)], let program = try? Parser.parse(p.program) else { continue }
            let text = ProgramStore.text(of: program, for: sequence)
            let path = folder.path(for: sequence.id)
            if (try? String(contentsOfFile: path, encoding: .utf8)) != text {
                try write(program, for: sequence, id: p.id)
                rewritten += 1
            } else {
                counters.withLock { $0.written[p.sequence] = max($0.written[p.sequence] ?? 0, p.id) }
            }
        }
        return rewritten
    }

    public func programs(after: Int64, limit: Int) async throws -> ProgramsPage {
        let list = try await store.programs(after: after, limit: max(1, min(limit, 5000)))
        return ProgramsPage(programs: list, next: list.last?.id ?? after)
    }

    // MARK: status

    public func status() async throws -> StatusReport {
        let s = try await store.status(now: now())
        let c = counters.withLock { $0 }
        return StatusReport(store: s, uptimeSeconds: now() - started, unauthorized: c.unauthorized, oversized: c.oversized,
                            badRequests: c.badRequests, verifications: c.verifications, verifySeconds: c.verifySeconds,
                            plan: .init(profile: plan.profile, candidatesPerUnit: plan.candidates, leaseSeconds: plan.leaseSeconds, maxUnits: plan.maxUnits))
    }
}

/// Runs blocking work on Dispatch threads, at most `limit` at a time, for async callers.
final class ConcurrencyLimiter: Sendable {
    let semaphore: DispatchSemaphore
    let queue = DispatchQueue(label: "lodestone.verify", attributes: .concurrent)
    init(_ limit: Int) { semaphore = DispatchSemaphore(value: max(1, limit)) }
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async {
                self.semaphore.wait()
                let value = work()
                self.semaphore.signal()
                continuation.resume(returning: value)
            }
        }
    }
}
