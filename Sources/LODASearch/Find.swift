import LODACore
import LODASequences

/// One program found for a sequence.
public struct Find: Sendable {
    public var sequence: IntegerSequence
    public var matcher: String
    public var program: Program
    public var outcome: FindOutcome
    public var worker: Int
}
