import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASequences
import Synchronization

/// The coordinator's logic, independent of HTTP: leases, submissions (verified in its own
/// pool, never trusted), the programs folder, status. The HTTP layer maps requests onto these
/// methods.
public final class Coordinator: Sendable {
    public let store: any CoordinatorStore
    /// The sequences submissions are checked against.
    public let database: SequenceDatabase
    public let pool: VerificationPool
    public let plan: UnitPlan
    /// The programs folder accepted programs are written to (atomically).
    public let folder: ProgramStore
    public let settings: Settings
    /// b-files: a submission for a sequence that has one is verified against its terms, so a
    /// worker without b-files cannot get a program accepted that fails beyond the known terms.
    public let bfiles: BFiles?
    let now: @Sendable () -> Double
    let started: Double
    /// One line per event worth a log line: accepted finds, rejections, units handed out again.
    let log: @Sendable (String) -> Void

    /// Limits on what one submission may take and on what a token may hold.
    public struct Settings: Sendable {
        /// Wall-clock budget for verifying one submission.
        public var verifySeconds: Double
        public var maxProgramBytes: Int
        public var maxInstructions: Int
        /// Leases one token may hold at once (among all its workers).
        public var leasesPerToken: Int
        /// Seconds a token stays known after it was read from the store (a revoked token stops
        /// working within this time on every coordinator sharing the store).
        public var tokenSeconds: Double

        public init(
            verifySeconds: Double = 10, maxProgramBytes: Int = 64 << 10, maxInstructions: Int = 2000,
            leasesPerToken: Int = 256, tokenSeconds: Double = 10
        ) {
            self.verifySeconds = verifySeconds
            self.maxProgramBytes = maxProgramBytes
            self.maxInstructions = maxInstructions
            self.leasesPerToken = leasesPerToken
            self.tokenSeconds = tokenSeconds
        }
    }

    struct Counters {
        var unauthorized = 0
        var oversized = 0
        var badRequests = 0
        var limited = 0
        var verifications = 0
        var verifySeconds = 0.0
        /// Token hash → (name, when it was read).
        var tokens: [String: (String, Double)] = [:]
        /// Program id last written per sequence, so a slow writer never overwrites a newer program.
        var written: [Int: Int64] = [:]
        /// Programs committed to the database whose file could not be written yet (sequence → id).
        var unwritten: [Int: Int64] = [:]
    }
    let counters = Mutex(Counters())
    /// Who calls whom among the current programs (for checking replacements' callers).
    let graph = CallGraph()

    /// - Parameters:
    ///   - now: wall-clock seconds (injected so tests can drive lease expiry).
    public init(
        store: any CoordinatorStore, database: SequenceDatabase, pool: VerificationPool, plan: UnitPlan, folder: ProgramStore,
        settings: Settings = Settings(), bfiles: BFiles? = nil, now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.log = log
        self.bfiles = bfiles
        self.store = store
        self.database = database
        self.pool = pool
        self.plan = plan
        self.folder = folder
        self.settings = settings
        self.now = now
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
        try await store.addToken(hash: Digest.sha256(token), name: name, now: now)
        return token
    }

    /// The token's name for a valid `Authorization: Bearer ...` header, else nil.
    public func authenticate(_ header: String?) async -> String? {
        guard let header, header.hasPrefix("Bearer ") else { return nil }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, token.utf8.count <= 256 else { return nil }
        let hash = Digest.sha256(token)
        let t = now()
        if let (name, read) = counters.withLock({ $0.tokens[hash] }), t - read < settings.tokenSeconds { return name }
        guard let name = try? await store.tokenName(hash: hash) else {
            counters.withLock { $0.tokens[hash] = nil }
            return nil
        }
        counters.withLock { $0.tokens[hash] = (name, t) }
        return name
    }

    public func countUnauthorized() { counters.withLock { $0.unauthorized += 1 } }
    public func countOversized() { counters.withLock { $0.oversized += 1 } }
    public func countBadRequest() { counters.withLock { $0.badRequests += 1 } }
    public func countLimited() { counters.withLock { $0.limited += 1 } }

    // MARK: units

    /// Too many leases held by one token's workers.
    public struct LeaseLimit: Error, Sendable {
        public let held: Int
        public let limit: Int
    }

    /// Logs a request the coordinator failed on (one line, escaped).
    public func logFailure(_ request: String, _ error: any Error) {
        log("failed on \(Coordinator.clean(request)): \(Coordinator.clean(String(describing: error)))")
    }

    public func lease(worker: String, token: String = "default") async throws -> Lease? {
        let held = try await store.activeLeases(token: token, now: now())
        if held >= settings.leasesPerToken { throw LeaseLimit(held: held, limit: settings.leasesPerToken) }
        let lease = try await store.lease(worker: worker, leaseID: UUID().uuidString.lowercased(), now: now(), plan: plan)
        if let lease, lease.attempt > 1 { log("unit \(lease.unit.id) handed out again to \(Coordinator.clean(worker)) (attempt \(lease.attempt)): its lease had expired") }
        return lease
    }

    public func heartbeat(leaseID: String) async throws -> Bool {
        try await store.renew(leaseID: leaseID, now: now(), seconds: plan.leaseSeconds)
    }

    /// Completes a unit. What the worker reports is not trusted: the candidates are clamped to
    /// the unit's budget and the finds to that, neither below 0.
    public func complete(leaseID: String, report: CompletionReport) async throws -> CompletionResponse {
        let clamped = CompletionReport(
            candidates: min(max(report.candidates, 0), plan.candidates),
            finds: min(max(report.finds, 0), plan.candidates))
        if try await store.complete(leaseID: leaseID, now: now(), report: clamped) { return CompletionResponse(counted: true) }
        return CompletionResponse(counted: false, reason: "the lease is not held: it expired and the unit was handed out again, or it was completed already")
    }

    // MARK: submissions

    /// Verifies and records one submission. Repeated keys get the first answer. Throws
    /// `VerificationPool.Refusal` when the verification pool cannot take it now.
    public func submit(_ request: SubmissionRequest, worker: String, token: String = "default") async throws -> SubmissionResponse {
        guard !request.key.isEmpty, request.key.utf8.count <= 128 else {
            return SubmissionResponse(status: .malformed, reason: "the submission key must have 1 to 128 characters")
        }
        if var prior = try await store.submission(key: request.key) {
            prior.repeated = true
            prior.verifySeconds = 0
            return prior
        }
        let received = now()
        let number = SequenceID(request.sequence)?.number ?? -1
        var record = SubmissionRecord(key: request.key, worker: worker, unit: request.unit, sequence: number, received: received, verifySeconds: 0)
        // What the coordinator can tell without running anything.
        var early: (SubmissionStatus, String)?
        if SequenceID(request.sequence) == nil {
            early = (.malformed, "'\(Coordinator.clean(String(request.sequence.prefix(40))))' is not an A-number")
        } else if request.program.utf8.count > settings.maxProgramBytes {
            early = (.malformed, "the program text has \(request.program.utf8.count) bytes; the limit is \(settings.maxProgramBytes)")
        } else if database[SequenceID(number)] == nil {
            early = (.unknownSequence, "\(SequenceID(number)) is not in the coordinator's sequence data")
        }
        if let (status, reason) = early {
            record.rejection = (status, reason)
            let response = try await store.record(record, verified: nil) { _ in .keep(reason) }
            if !response.repeated { log("rejected \(Coordinator.clean(String(request.sequence.prefix(12)))) from \(Coordinator.clean(worker)) (\(status.rawValue)): \(reason)") }
            return response
        }
        var sequence = database[SequenceID(number)]!
        if let long = bfiles?.extendedTerms(for: sequence) { sequence.terms = long }
        for problem in bfiles?.takeProblems() ?? [] { log("b-file problem: \(problem) (its terms end there)") }
        let id = ProgramID(number: number)
        let dependents = graph.transitiveCallers(of: id).map { callers in callers.compactMap { database[SequenceID($0.number)].map(KnownSequence.init) } }
        let verification = VerificationRequest(
            sequence: KnownSequence(sequence), program: request.program, dependents: dependents,
            seconds: settings.verifySeconds, maxProgramBytes: settings.maxProgramBytes,
            maxInstructions: settings.maxInstructions)
        let result = try await pool.verify(verification, token: token)
        counters.withLock {
            $0.verifications += 1
            $0.verifySeconds += result.seconds
        }
        record.verifySeconds = result.seconds
        guard result.rejection == nil, let text = result.text, let hash = result.hash, let figures = result.figures,
            let program = try? Parser.parse(text)
        else {
            let reason = result.reason.isEmpty ? "the verifier gave no reason" : result.reason
            record.rejection = (result.rejection ?? .wrong, reason)
            let response = try await store.record(record, verified: nil) { _ in .keep(reason) }
            if !response.repeated { log("rejected \(sequence.id) from \(Coordinator.clean(worker)) (\(response.status.rawValue)): \(Coordinator.clean(reason))") }
            return response
        }
        let baseline = result.baseline, breakage = result.breakage
        let verified = VerifiedProgram(text: text, hash: hash, figures: figures)
        var response = try await store.record(record, verified: verified) { current in
            let decision = ReplacementPolicy.decide(existing: current ?? baseline, new: figures)
            if case .replace = decision, let breakage { return .keep("kept: \(breakage)") }
            return decision
        }
        if response.status.stores, !response.repeated, let programID = response.programID {
            graph.update(id, program)
            do {
                try write(program, for: sequence, id: programID)
            } catch {
                counters.withLock { $0.unwritten[number] = programID }
                log("error: \(sequence.id): program \(programID) is stored but its file could not be written (\(error)); writing it again shortly")
                response.reason += "; the programs folder could not be written yet (\(error)), the coordinator retries"
            }
            log("\(response.status.rawValue) \(sequence.id) from \(Coordinator.clean(worker))\(request.unit.map { ", unit \($0)" } ?? ""): \(response.reason)")
        }
        return response
    }

    /// Writes the program file unless a newer program of the sequence was written already.
    func write(_ program: Program, for sequence: IntegerSequence, id: Int64) throws {
        try counters.withLock { c in
            if let last = c.written[sequence.id.number], last > id { return }
            // The database is the record (committed and synced first); the file is rewritten from it if lost.
            try ProgramStore.writeAtomically(ProgramStore.text(of: program, for: sequence), to: folder.path(for: sequence.id), durable: false)
            folder.directory.noteWritten(ProgramID(number: sequence.id.number))
            c.written[sequence.id.number] = id
            c.unwritten[sequence.id.number] = nil
        }
    }

    /// Writes again the files that could not be written after their commit; returns how many
    /// are still missing. The service calls it every few seconds.
    @discardableResult
    public func retryUnwritten() async throws -> Int {
        let pending = counters.withLock { $0.unwritten }
        guard !pending.isEmpty else { return 0 }
        let current = Dictionary(try await store.currentPrograms().map { ($0.sequence, $0) }, uniquingKeysWith: { a, _ in a })
        for (number, _) in pending {
            guard let p = current[number], let sequence = database[SequenceID(number)], let program = try? Parser.parse(p.program) else {
                counters.withLock { $0.unwritten[number] = nil }
                continue
            }
            do {
                try write(program, for: sequence, id: p.id)
                log("wrote \(sequence.id) (program \(p.id)) to the programs folder after an earlier failure")
            } catch {}
        }
        return counters.withLock { $0.unwritten.count }
    }

    /// Makes the programs folder hold every sequence's current program (after a crash
    /// between commit and write, or for a new coordinator sharing a PostgreSQL database), and
    /// learns who calls whom. Returns the number of files written.
    @discardableResult
    public func reconcileFolder() async throws -> Int {
        var rewritten = 0
        for p in try await store.currentPrograms() {
            guard let sequence = database[SequenceID(p.sequence)], let program = try? Parser.parse(p.program) else { continue }
            graph.update(ProgramID(number: p.sequence), program)
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

    /// The full report (`detail`: worker names; a public summary leaves them out).
    public func status(detail: Bool = true) async throws -> StatusReport {
        var s = try await store.status(now: now())
        if !detail {
            s.workers = []
            for i in s.latestFinds.indices { s.latestFinds[i].worker = "" }
        }
        for i in s.latestFinds.indices { s.latestFinds[i].name = database[SequenceID(s.latestFinds[i].sequence)]?.name ?? "" }
        let c = counters.withLock { $0 }
        let load = pool.load
        return StatusReport(
            store: s, uptimeSeconds: now() - started, unauthorized: c.unauthorized, oversized: c.oversized,
            badRequests: c.badRequests, limited: c.limited, verifications: c.verifications, verifySeconds: c.verifySeconds,
            verificationQueue: load.waiting, verificationsRunning: load.running, verifiersReplaced: pool.replaced,
            unwrittenFiles: c.unwritten.count,
            plan: .init(profile: plan.profile, candidatesPerUnit: plan.candidates, leaseSeconds: plan.leaseSeconds, maxUnits: plan.maxUnits))
    }

    /// Text from a worker made safe for a log line: control characters escaped, at most 200 characters.
    public static func clean(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                out += String(format: "\\x%02x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
