import LODAProgramStore

/// The coordinator's durable state: tokens, work units and their leases, submissions and
/// accepted programs. Two backends implement it (SQLite through GRDB, PostgreSQL through
/// PostgresNIO); every method is one transaction, so several coordinator processes can
/// share a PostgreSQL database.
public protocol CoordinatorStore: Sendable {
    /// Creates the tables if they are missing.
    func migrate() async throws

    func tokenCount() async throws -> Int
    func addToken(hash: String, name: String, now: Double) async throws
    /// The name of the token with this SHA-256 hash (hex), if there is one.
    func tokenName(hash: String) async throws -> String?
    /// Removes every token with this name; returns how many there were.
    func revokeTokens(name: String) async throws -> Int

    /// Leases a unit to `worker`: the oldest unit whose lease expired before `now`, else a new
    /// unit cut by `plan`; nil when the plan's unit limit is reached and nothing expired.
    func lease(worker: String, leaseID: String, now: Double, plan: UnitPlan) async throws -> Lease?
    /// Live leases held by the workers of `token` (names `token/...`; the default token's
    /// workers have names without a slash).
    func activeLeases(token: String, now: Double) async throws -> Int
    /// Extends a live lease; false if the unit is done or was handed to someone else.
    func renew(leaseID: String, now: Double, seconds: Double) async throws -> Bool
    /// Marks the lease's unit done, once; false if the lease was lost or already completed.
    func complete(leaseID: String, now: Double, report: CompletionReport) async throws -> Bool

    /// The answer recorded for a submission key.
    func submission(key: String) async throws -> SubmissionResponse?
    /// Records a submission. For a verified program (`verified` non-nil) decides, under a
    /// per-sequence lock, between duplicate, accepted/improved (stores it as the sequence's
    /// current program) and kept, using `decide` with the current program's figures.
    /// A key seen before returns the first answer with `repeated` set and changes nothing.
    func record(
        _ submission: SubmissionRecord, verified: VerifiedProgram?,
        decide: @Sendable (ReplacementPolicy.Candidate?) -> ReplacementPolicy.Decision
    ) async throws -> SubmissionResponse

    /// Accepted programs with id greater than `after`, oldest first.
    func programs(after: Int64, limit: Int) async throws -> [AcceptedProgram]
    /// The current program of every sequence (what the programs folder must hold).
    func currentPrograms() async throws -> [AcceptedProgram]

    func status(now: Double) async throws -> StoreStatus
}

/// A submission as the store records it.
public struct SubmissionRecord: Sendable {
    public var key: String
    public var worker: String
    public var unit: Int64?
    public var sequence: Int
    public var received: Double
    public var verifySeconds: Double
    /// For a rejection: its status and reason.
    public var rejection: (SubmissionStatus, String)?

    public init(
        key: String, worker: String, unit: Int64?, sequence: Int, received: Double, verifySeconds: Double,
        rejection: (SubmissionStatus, String)? = nil
    ) {
        self.key = key
        self.worker = worker
        self.unit = unit
        self.sequence = sequence
        self.received = received
        self.verifySeconds = verifySeconds
        self.rejection = rejection
    }
}

/// A program that passed the coordinator's own check.
public struct VerifiedProgram: Sendable {
    /// Canonical text without comments.
    public var text: String
    /// SHA-256 of `text` (hex): identical programs have the same hash.
    public var hash: String
    public var figures: ReplacementPolicy.Candidate

    public init(text: String, hash: String, figures: ReplacementPolicy.Candidate) {
        self.text = text
        self.hash = hash
        self.figures = figures
    }
}

/// Counters kept in the store.
public struct StoreStatus: Codable, Sendable, Hashable {
    public var unitsLeased = 0
    public var unitsDone = 0
    /// Leases that expired and were handed out again.
    public var unitsExpired = 0
    public var candidatesDone = 0
    public var programs = 0
    public var submissions: [String: Int] = [:]
    /// Accepted or improved in the last hour.
    public var findsLastHour = 0
    /// The workers seen most recently (at most `workersListed`), and how many there are in all.
    public var workers: [WorkerSummary] = []
    public var workerCount = 0
    public static let workersListed = 200
    /// Finds (accepted or improved) in each of the last 24 hours, oldest first.
    public var findsByHour: [Int] = Array(repeating: 0, count: 24)
    /// The programs stored most recently (at most `latestListed`), newest first.
    public var latestFinds: [FindSummary] = []
    public static let latestListed = 12

    public init() {}

}

/// A stored program, for the dashboard's list of latest finds.
public struct FindSummary: Codable, Sendable, Hashable {
    public var sequence: Int
    /// The sequence's name (filled in by the coordinator from its data).
    public var name: String
    public var worker: String
    public var found: Double
    public var length: Int

    public init(sequence: Int, name: String = "", worker: String, found: Double, length: Int) {
        self.sequence = sequence
        self.name = name
        self.worker = worker
        self.found = found
        self.length = length
    }
}

public struct WorkerSummary: Codable, Sendable, Hashable {
    public var name: String
    /// Wall-clock seconds of its last lease, heartbeat or completion.
    public var lastSeen: Double
    public var unitsDone: Int
    public var activeLeases: Int
    /// Candidates mined in units completed in the last hour (its rate).
    public var candidatesLastHour: Int

    public init(name: String, lastSeen: Double, unitsDone: Int, activeLeases: Int, candidatesLastHour: Int = 0) {
        self.name = name
        self.lastSeen = lastSeen
        self.unitsDone = unitsDone
        self.activeLeases = activeLeases
        self.candidatesLastHour = candidatesLastHour
    }
}

/// The answers a store gives, the same for every backend.
extension SubmissionResponse {
    public static func rejected(_ s: SubmissionRecord) -> SubmissionResponse? {
        s.rejection.map { SubmissionResponse(status: $0.0, reason: $0.1, verifySeconds: s.verifySeconds) }
    }

    public static func duplicate(of id: Int64, _ s: SubmissionRecord) -> SubmissionResponse {
        SubmissionResponse(status: .duplicate, reason: "program \(id) for this sequence is identical", verifySeconds: s.verifySeconds)
    }

    public static func kept(_ why: String, _ s: SubmissionRecord) -> SubmissionResponse {
        SubmissionResponse(status: .kept, reason: why, verifySeconds: s.verifySeconds)
    }

    public static func stored(_ decision: ReplacementPolicy.Decision, id: Int64, _ s: SubmissionRecord) -> SubmissionResponse {
        if case .replace(let why) = decision {
            return SubmissionResponse(status: .improved, reason: why, programID: id, verifySeconds: s.verifySeconds)
        }
        return SubmissionResponse(status: .accepted, reason: "the first program for this sequence", programID: id, verifySeconds: s.verifySeconds)
    }

    public static func nothing(_ s: SubmissionRecord) -> SubmissionResponse {
        SubmissionResponse(status: .malformed, reason: "nothing to record", verifySeconds: s.verifySeconds)
    }
}

/// What recording a submission that is not a repeat comes to, decided the same way for every
/// backend from what its transaction looked up: each backend only runs the queries.
public enum RecordPlan: Sendable {
    /// Answer this; nothing is stored.
    case answer(SubmissionResponse)
    /// Make `program` the sequence's current program (the old one stays, no longer current),
    /// then answer `SubmissionResponse.stored(decision, id:)` with its new id.
    case store(ReplacementPolicy.Decision, VerifiedProgram)

    /// Whether the sequence's programs must be looked up (a verified program, not rejected).
    public static func needsLookups(_ s: SubmissionRecord, verified: VerifiedProgram?) -> Bool {
        s.rejection == nil && verified != nil
    }

    /// The plan, given the id of an identical stored program and the current program's figures
    /// (both nil when `needsLookups` is false).
    public static func make(
        _ s: SubmissionRecord, verified: VerifiedProgram?, identical: Int64?, current: ReplacementPolicy.Candidate?,
        decide: (ReplacementPolicy.Candidate?) -> ReplacementPolicy.Decision
    ) -> RecordPlan {
        if let rejection = SubmissionResponse.rejected(s) { return .answer(rejection) }
        guard let verified else { return .answer(.nothing(s)) }
        if let identical { return .answer(.duplicate(of: identical, s)) }
        let decision = decide(current)
        if case .keep(let why) = decision { return .answer(.kept(why, s)) }
        return .store(decision, verified)
    }
}
