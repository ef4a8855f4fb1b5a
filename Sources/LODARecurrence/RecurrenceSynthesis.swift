import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// Both guessers in order, with the program and its verdict: what the miner and
/// `miner guess --all` use.
public enum RecurrenceSynthesis {
    public struct Result {
        public var program: Program
        public var holonomic: Bool
        /// Whether the program passed the check against all known terms.
        public var verified: Bool
    }

    /// The program from a linear or P-recursive recurrence for `sequence` (nil: none
    /// found), checked within `seconds`.
    public static func program(for sequence: IntegerSequence, resolver: ProgramResolver? = nil, seconds: Double = 2) -> Result? {
        let program: Program
        var holonomic = false
        if let r = RecurrenceGuesser.guess(sequence.terms) {
            program = RecurrenceGuesser.program(r, offset: sequence.offset)
        } else if let h = HolonomicGuesser.guess(sequence.terms) {
            program = HolonomicGuesser.program(h, offset: sequence.offset)
            holonomic = true
        } else {
            return nil
        }
        var verified = false
        if let e = try? Evaluator(program, resolver: resolver) {
            e.context.overallDeadline = monotonicNanoseconds() + UInt64(seconds * 1e9)
            verified = e.check(against: sequence.terms).status != .error
        }
        return Result(program: program, holonomic: holonomic, verified: verified)
    }
}
