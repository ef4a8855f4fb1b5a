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
