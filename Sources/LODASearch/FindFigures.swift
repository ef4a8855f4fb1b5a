import LODACore
import LODASequences

/// A verified program's check against the known terms: terms computed correctly and the
/// steps they took.
public struct FindFigures: Sendable, Hashable {
    public var correctTerms: Int
    public var totalSteps: Int
    public init(correctTerms: Int, totalSteps: Int) {
        self.correctTerms = correctTerms
        self.totalSteps = totalSteps
    }
}
