import LODACore
import LODANumber

/// Functions defined together by simultaneous recurrences: member j is `names[j]`, with
/// `names[j](0) = initial[j]` and `names[j](m) = steps[j]` for m > 0, where `previous(i)`
/// in a step stands for `names[i](m-1)`. This is what a counter loop computes: member j is
/// a cell's value after m iterations.
public struct RecurrenceGroup: Hashable, Sendable {
    public var names: [String]
    public var initial: [FormulaExpression]
    public var steps: [FormulaExpression]
}
