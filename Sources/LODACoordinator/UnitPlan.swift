/// How the coordinator cuts new units.
public struct UnitPlan: Sendable {
    /// Profile every new unit mines with.
    public var profile: String
    /// Seed of unit k is `baseSeed + k`.
    public var baseSeed: UInt64
    /// Candidates per unit.
    public var candidates: Int
    /// Stop handing out new units after this many (nil: no limit).
    public var maxUnits: Int64?
    /// Seconds a lease lasts without a heartbeat.
    public var leaseSeconds: Double

    public init(profile: String = "default", baseSeed: UInt64 = 1, candidates: Int = 200_000, maxUnits: Int64? = nil, leaseSeconds: Double = 60) {
        self.profile = profile
        self.baseSeed = baseSeed
        self.candidates = candidates
        self.maxUnits = maxUnits
        self.leaseSeconds = leaseSeconds
    }

    public func seed(of id: Int64) -> UInt64 { baseSeed &+ UInt64(bitPattern: id) }
}
