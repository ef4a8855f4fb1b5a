public struct CompletionReport: Codable, Sendable {
    public var candidates: Int
    public var finds: Int
    public init(candidates: Int, finds: Int) {
        self.candidates = candidates
        self.finds = finds
    }
}
