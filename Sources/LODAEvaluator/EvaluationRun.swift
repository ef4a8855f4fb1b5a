import LODACore
import LODANumber

/// The outcome of evaluating several terms: those computed, then the error that
/// stopped the evaluation, if any (a failing term ends the evaluation).
public struct EvaluationRun: Sendable {
    public var terms: [Term]
    public var error: EvaluationError?
    public var values: [Number] { terms.map(\.value) }
}
