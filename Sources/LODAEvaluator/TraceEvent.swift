import LODACore
import LODANumber

/// What one executed instruction did, for tracing and debugging.
public struct TraceEvent: Sendable {
    public enum Loop: Sendable, Equatable { case none, enter, again, rollback }
    /// Index into the program's code (comment lines excluded).
    public var pc: Int
    public var instruction: Instruction
    /// Cells the instruction read (index, value).
    public var reads: [(Int, Number)]
    /// Cells it changed (index, old value, new value); a rollback lists every restored cell.
    public var writes: [(Int, Number, Number)]
    public var loop: Loop
    /// Steps taken so far in this run, this instruction included.
    public var steps: Int
}
