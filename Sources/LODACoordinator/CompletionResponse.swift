public struct CompletionResponse: Codable, Sendable {
    /// False when the lease was lost (it expired and the unit went to another worker).
    public var counted: Bool
    public var reason: String?
    public init(counted: Bool, reason: String? = nil) {
        self.counted = counted
        self.reason = reason
    }
}
