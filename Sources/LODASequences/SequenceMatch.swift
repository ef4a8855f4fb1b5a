import LODANumber

/// A match of candidate terms against an indexed sequence: which matcher, which
/// sequence, and the parameters of both reductions (for `Matcher.extend`).
public struct SequenceMatch: Hashable, Sendable {
    public var matcher: Int
    public var sequence: Int
    public var candidate: Parameters
    public var target: Parameters
    /// Reduced terms compared and equal.
    public var agreeing: Int
}
