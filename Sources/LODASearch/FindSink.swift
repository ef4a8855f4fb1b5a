import LODACore
import LODASequences

/// Receives verified programs; the executable connects it to the programs folder.
public protocol FindSink: AnyObject, Sendable {
    /// Stores the program if it is new or better; tells what happened. `worker` is the
    /// index of the mining thread that found it; `figures`, when the miner has them, are the
    /// program's check against the known terms (so that the sink need not evaluate it again).
    func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures: FindFigures?) -> FindOutcome
    /// Takes back the program this run stored for `sequence` (another program agreed with it
    /// on every known term and differed right after: the known terms do not decide between
    /// them). True when it was taken back.
    func withdraw(_ sequence: IntegerSequence) -> Bool
}

extension FindSink {
    public func withdraw(_ sequence: IntegerSequence) -> Bool { false }
}
