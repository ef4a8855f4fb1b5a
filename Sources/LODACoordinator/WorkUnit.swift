/// A shard of the search: one seeded mining run of a fixed candidate budget. The same unit
/// run on the same program pool produces the same candidates, so any unit can be replayed
/// (`miner mine --profile P --seed S --candidates N --jobs 1`) to audit the worker that ran it.
public struct WorkUnit: Codable, Sendable, Hashable {
    public var id: Int64
    public var profile: String
    public var seed: UInt64
    public var candidates: Int

    public init(id: Int64, profile: String, seed: UInt64, candidates: Int) {
        self.id = id
        self.profile = profile
        self.seed = seed
        self.candidates = candidates
    }
}

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
