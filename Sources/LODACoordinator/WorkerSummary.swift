import LODAProgramStore

public struct WorkerSummary: Codable, Sendable, Hashable {
    public var name: String
    /// Wall-clock seconds of its last lease, heartbeat or completion.
    public var lastSeen: Double
    public var unitsDone: Int
    public var activeLeases: Int
    /// Candidates mined in units completed in the last hour (its rate).
    public var candidatesLastHour: Int

    public init(name: String, lastSeen: Double, unitsDone: Int, activeLeases: Int, candidatesLastHour: Int = 0) {
        self.name = name
        self.lastSeen = lastSeen
        self.unitsDone = unitsDone
        self.activeLeases = activeLeases
        self.candidatesLastHour = candidatesLastHour
    }
}
