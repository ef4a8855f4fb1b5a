/// A program the coordinator accepted.
public struct AcceptedProgram: Codable, Sendable, Hashable {
    public var id: Int64
    /// OEIS number (45 for A000045).
    public var sequence: Int
    /// Canonical program text without comments.
    public var program: String
    public var worker: String
    public var unit: Int64?
    /// Wall-clock seconds since 1970.
    public var found: Double

    public init(id: Int64, sequence: Int, program: String, worker: String, unit: Int64?, found: Double) {
        self.id = id
        self.sequence = sequence
        self.program = program
        self.worker = worker
        self.unit = unit
        self.found = found
    }
}
