import Foundation

/// What `GET /status` answers and `miner status` prints.
public struct StatusReport: Codable, Sendable {
    public struct Plan: Codable, Sendable {
        public var profile: String
        public var candidatesPerUnit: Int
        public var leaseSeconds: Double
        public var maxUnits: Int64?
    }

    public var store: StoreStatus
    public var uptimeSeconds: Double
    /// Requests refused for a missing or invalid token, since this process started.
    public var unauthorized: Int
    /// Requests refused for a body over the size limit, since this process started.
    public var oversized: Int
    /// Requests with a body that is not the expected JSON, since this process started.
    public var badRequests: Int
    /// Requests refused by a rate, lease or queue limit (429, 503), since this process started.
    public var limited: Int
    /// Submissions verified by this process, and the seconds spent verifying them.
    public var verifications: Int
    public var verifySeconds: Double
    /// Submissions waiting for a verifier, and being verified, now.
    public var verificationQueue: Int
    public var verificationsRunning: Int
    /// Verifier processes killed and replaced (a verification over its time or memory).
    public var verifiersReplaced: Int
    /// Stored programs whose file could not be written yet (retried every few seconds).
    public var unwrittenFiles: Int
    public var plan: Plan

    /// For a person: a few aligned lines.
    public var text: String {
        var lines: [String] = []
        let s = store
        lines.append(
            String(
                format: "coordinator up %.0f s; units of %d candidates, profile %@, leases of %.0f s%@", uptimeSeconds,
                plan.candidatesPerUnit, plan.profile, plan.leaseSeconds, plan.maxUnits.map { ", at most \($0) units" } ?? ""))
        lines.append("units: \(s.unitsLeased) leased, \(s.unitsDone) done, \(s.unitsExpired) expired and handed out again; \(s.candidatesDone) candidates mined")
        let accepted = (s.submissions["accepted"] ?? 0) + (s.submissions["improved"] ?? 0)
        let rejected = SubmissionStatus.allCases.filter(\.isRejection).map { (s.submissions[$0.rawValue] ?? 0, $0.rawValue) }
        lines.append(
            "submissions: \(s.submissions["accepted"] ?? 0) accepted, \(s.submissions["improved"] ?? 0) improved, "
                + "\(s.submissions["duplicate"] ?? 0) duplicate, \(s.submissions["kept"] ?? 0) not better; rejected: "
                + rejected.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                + "; refused requests: \(unauthorized) unauthorized, \(oversized) oversized, \(badRequests) malformed JSON, \(limited) over a limit")
        lines.append("programs: \(s.programs) stored; \(s.findsLastHour) finds in the last hour; \(accepted) accepted in total")
        if verifications > 0 {
            lines.append(
                String(
                    format: "verification: %d submissions, %.3f s each on average; %d waiting, %d running; %d verifier processes replaced",
                    verifications, verifySeconds / Double(verifications), verificationQueue, verificationsRunning, verifiersReplaced))
        }
        if unwrittenFiles > 0 { lines.append("programs folder: \(unwrittenFiles) stored programs not written yet (retrying)") }
        let nowSeconds = Date().timeIntervalSince1970
        lines.append("workers: \(s.workerCount)" + (s.workers.count < s.workerCount ? " (the \(s.workers.count) seen most recently:)" : ""))
        for w in s.workers.sorted(by: { $0.name < $1.name }) {
            lines.append(String(format: "  %@  %d units done, %d leases held, last seen %.0f s ago", w.name, w.unitsDone, w.activeLeases, max(0, nowSeconds - w.lastSeen)))
        }
        return lines.joined(separator: "\n")
    }

    /// Prometheus text exposition format.
    public var metrics: String {
        var out = ""
        func metric(_ name: String, _ type: String, _ help: String, _ samples: [(String, Double)]) {
            out += "# HELP lodestone_\(name) \(help)\n# TYPE lodestone_\(name) \(type)\n"
            for (labels, v) in samples {
                let value = v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
                out += "lodestone_\(name)\(labels) \(value)\n"
            }
        }
        let s = store
        metric("units", "gauge", "Work units by state.", [("{state=\"leased\"}", Double(s.unitsLeased)), ("{state=\"done\"}", Double(s.unitsDone))])
        metric("units_expired_total", "counter", "Leases that expired and were handed out again.", [("", Double(s.unitsExpired))])
        metric("candidates_total", "counter", "Candidates mined in completed units.", [("", Double(s.candidatesDone))])
        metric(
            "submissions_total", "counter", "Submissions by outcome.",
            SubmissionStatus.allCases.map { ("{status=\"\($0.rawValue)\"}", Double(s.submissions[$0.rawValue] ?? 0)) })
        metric(
            "refused_requests_total", "counter", "Requests refused before reaching the API, since start.",
            [
                ("{reason=\"unauthorized\"}", Double(unauthorized)), ("{reason=\"oversized\"}", Double(oversized)), ("{reason=\"bad_request\"}", Double(badRequests)),
                ("{reason=\"limited\"}", Double(limited))
            ])
        metric("verification_queue", "gauge", "Submissions waiting for a verifier.", [("", Double(verificationQueue))])
        metric("verifications_running", "gauge", "Submissions being verified.", [("", Double(verificationsRunning))])
        metric("verifiers_replaced_total", "counter", "Verifier processes killed and replaced, since start.", [("", Double(verifiersReplaced))])
        metric("unwritten_files", "gauge", "Stored programs whose file is not written yet.", [("", Double(unwrittenFiles))])
        metric("programs", "gauge", "Sequences with a stored program.", [("", Double(s.programs))])
        metric("finds_last_hour", "gauge", "Programs accepted or improved in the last hour.", [("", Double(s.findsLastHour))])
        metric("workers", "gauge", "Workers seen.", [("", Double(s.workerCount))])
        metric("verifications_total", "counter", "Submissions verified since start.", [("", Double(verifications))])
        metric("verify_seconds_total", "counter", "Seconds spent verifying submissions since start.", [("", verifySeconds)])
        metric("uptime_seconds", "gauge", "Seconds since the coordinator started.", [("", uptimeSeconds)])
        return out
    }
}
