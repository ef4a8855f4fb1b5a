import LODAProgramStore

/// A stored program, for the dashboard's list of latest finds.
public struct FindSummary: Codable, Sendable, Hashable {
    public var sequence: Int
    /// The sequence's name (filled in by the coordinator from its data).
    public var name: String
    public var worker: String
    public var found: Double
    public var length: Int

    public init(sequence: Int, name: String = "", worker: String, found: Double, length: Int) {
        self.sequence = sequence
        self.name = name
        self.worker = worker
        self.found = found
        self.length = length
    }
}
