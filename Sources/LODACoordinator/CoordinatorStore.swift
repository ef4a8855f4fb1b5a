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
