/// An error answer: a machine-readable code and one sentence.
public struct ErrorResponse: Codable, Sendable {
    public var error: String
    public var reason: String
    public init(error: String, reason: String) {
        self.error = error
        self.reason = reason
    }
}
