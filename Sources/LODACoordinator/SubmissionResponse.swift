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
