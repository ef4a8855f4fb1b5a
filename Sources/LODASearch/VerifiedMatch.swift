import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// A program for a known sequence, found through a matcher and checked against every
/// known term by the interpreter.
public struct VerifiedMatch: Sendable {
    public var sequence: IntegerSequence
    public var matcher: String
    public var relation: String
    public var program: Program
    public var check: CheckResult
}
