import LODAProgramStore

/// Counters kept in the store.
public struct StoreStatus: Codable, Sendable, Hashable {
    public var unitsLeased = 0
    public var unitsDone = 0
    /// Leases that expired and were handed out again.
    public var unitsExpired = 0
    public var candidatesDone = 0
    public var programs = 0
    public var submissions: [String: Int] = [:]
    /// Accepted or improved in the last hour.
    public var findsLastHour = 0
    /// The workers seen most recently (at most `workersListed`), and how many there are in all.
    public var workers: [WorkerSummary] = []
    public var workerCount = 0
    public static let workersListed = 200
    /// Finds (accepted or improved) in each of the last 24 hours, oldest first.
    public var findsByHour: [Int] = Array(repeating: 0, count: 24)
    /// The programs stored most recently (at most `latestListed`), newest first.
    public var latestFinds: [FindSummary] = []
    public static let latestListed = 12

    public init() {}

}
