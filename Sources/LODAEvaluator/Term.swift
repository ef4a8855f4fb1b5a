import LODACore
import LODANumber

/// One computed term.
public struct Term: Hashable, Sendable {
    public var n: Int
    public var value: Number
    public var steps: Int
}
