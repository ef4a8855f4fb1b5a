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
