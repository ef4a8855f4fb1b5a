/// The coordinator's JSON messages (requests and responses of its HTTP API, version 1).
///
///     POST /v1/leases                     LeaseRequest        → 200 Lease | 204 (no work left)
///     POST /v1/leases/{lease}/heartbeat                       → 200 | 409 (lease lost)
///     POST /v1/leases/{lease}/complete    CompletionReport    → 200 CompletionResponse | 409
///     POST /v1/submissions                SubmissionRequest   → SubmissionResponse (status by outcome)
///     GET  /v1/programs?after=ID&limit=N                      → ProgramsPage
///     GET  /status                                            → StatusReport (no token needed)
///     GET  /metrics                                           → Prometheus text (no token needed)
///     GET  /health                                            → "ok"
///
/// Every other request carries `Authorization: Bearer TOKEN`.
public struct LeaseRequest: Codable, Sendable {
    public var worker: String
    public init(worker: String) { self.worker = worker }
}

public struct CompletionReport: Codable, Sendable {
    public var candidates: Int
    public var finds: Int
    public init(candidates: Int, finds: Int) {
        self.candidates = candidates
        self.finds = finds
    }
}

public struct CompletionResponse: Codable, Sendable {
    /// False when the lease was lost (it expired and the unit went to another worker).
    public var counted: Bool
    public var reason: String?
    public init(counted: Bool, reason: String? = nil) {
        self.counted = counted
        self.reason = reason
    }
}

/// One find, as a worker submits it. `key` makes retries idempotent: the coordinator
/// answers a repeated key with the first answer and counts it once.
public struct SubmissionRequest: Codable, Sendable, Hashable {
    public var key: String
    public var worker: String
    public var unit: Int64?
    /// A-number, e.g. `A000045`.
    public var sequence: String
    /// Program text (LODA assembly; comments are dropped).
    public var program: String

    public init(key: String, worker: String, unit: Int64?, sequence: String, program: String) {
        self.key = key
        self.worker = worker
        self.unit = unit
        self.sequence = sequence
        self.program = program
    }
}

/// What became of a submission.
public enum SubmissionStatus: String, Codable, Sendable, CaseIterable {
    /// The first program for the sequence: stored.
    case accepted
    /// Better than the stored program under the replacement policy: stored.
    case improved
    /// Identical to a program already stored for the sequence.
    case duplicate
    /// Correct, but not better than the stored program.
    case kept
    /// The text is not a valid program (or is too big).
    case malformed
    /// The A-number is not in the coordinator's sequence data.
    case unknownSequence = "unknown-sequence"
    /// The program does not compute the sequence (a wrong term, an error, a limit).
    case wrong

    /// HTTP status of the response.
    public var httpStatus: Int {
        switch self {
        case .accepted, .improved: return 201
        case .duplicate, .kept: return 200
        case .malformed: return 400
        case .unknownSequence, .wrong: return 422
        }
    }

    public var isRejection: Bool { httpStatus >= 400 }
    public var stores: Bool { self == .accepted || self == .improved }
}

public struct SubmissionResponse: Codable, Sendable, Hashable {
    public var status: SubmissionStatus
    /// One sentence: why.
    public var reason: String
    /// Id of the stored program (accepted or improved).
    public var programID: Int64?
    /// Seconds the coordinator spent verifying this submission (0 for a repeated key).
    public var verifySeconds: Double
    /// True when this answers a key seen before.
    public var repeated: Bool

    public init(status: SubmissionStatus, reason: String, programID: Int64? = nil, verifySeconds: Double = 0, repeated: Bool = false) {
        self.status = status
        self.reason = reason
        self.programID = programID
        self.verifySeconds = verifySeconds
        self.repeated = repeated
    }
}

/// A program the coordinator accepted.
public struct AcceptedProgram: Codable, Sendable, Hashable {
    public var id: Int64
    /// OEIS number (45 for A000045).
    public var sequence: Int
    /// Canonical program text without comments.
    public var program: String
    public var worker: String
    public var unit: Int64?
    /// Wall-clock seconds since 1970.
    public var found: Double

    public init(id: Int64, sequence: Int, program: String, worker: String, unit: Int64?, found: Double) {
        self.id = id
        self.sequence = sequence
        self.program = program
        self.worker = worker
        self.unit = unit
        self.found = found
    }
}

public struct ProgramsPage: Codable, Sendable {
    public var programs: [AcceptedProgram]
    /// Pass as `after` for the next page.
    public var next: Int64
    public init(programs: [AcceptedProgram], next: Int64) {
        self.programs = programs
        self.next = next
    }
}

/// An error answer: a machine-readable code and one sentence.
public struct ErrorResponse: Codable, Sendable {
    public var error: String
    public var reason: String
    public init(error: String, reason: String) {
        self.error = error
        self.reason = reason
    }
}
