import LODAProgramStore

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
