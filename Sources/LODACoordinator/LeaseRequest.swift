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
