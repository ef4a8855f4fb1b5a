import LODACore
import LODANumber

/// A reduced sequence with its parameters (convenience for tests and people).
public struct Reduction: Hashable, Sendable {
    public var key: [Int]
    public var parameters: Parameters
}
