/// A unit leased to one worker until `expires` (wall-clock seconds).
public struct Lease: Codable, Sendable, Hashable {
    public var leaseID: String
    public var unit: WorkUnit
    /// Seconds the lease lasts from now; renew it before then.
    public var seconds: Double
    /// How many times this unit had been handed out before (a lost lease is handed out again).
    public var attempt: Int

    public init(leaseID: String, unit: WorkUnit, seconds: Double, attempt: Int) {
        self.leaseID = leaseID
        self.unit = unit
        self.seconds = seconds
        self.attempt = attempt
    }
}
