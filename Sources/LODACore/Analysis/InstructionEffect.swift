import LODANumber

/// Which cells an instruction reads and writes, as the analyses (the optimizer's, the
/// evaluator's accelerators) see it.
public struct InstructionEffect: Sendable {
    /// Cells whose values the instruction uses.
    public var reads: [Int] = []
    /// Cells the instruction sets to a new value (each of them, whenever it runs).
    public var writes: [Int] = []
    /// It may read cells not named (an indirect operand, `dbg`, `prg`).
    public var readsAll = false
    /// It may write cells not named (an indirect target, `prg`).
    public var writesAll = false
    /// It does something besides changing cells (`dbg` prints, calls run other programs):
    /// never removed by the optimizer.
    public var observable = false
}
