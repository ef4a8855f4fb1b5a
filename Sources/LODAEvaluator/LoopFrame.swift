import GMPShim
import LODANumber

/// The saved state of one open loop.
///
/// The snapshot is a full copy of memory taken when the loop is entered; after that,
/// only the cells touched by an iteration are copied when it is accepted, or copied
/// back when it is rejected. The touched cells lie in `lo...hi`: the loop body's
/// directly addressed targets (known when compiling) widened by every other write
/// (indirect, region, calls), which the slow paths report through `Machine.touch`.
@usableFromInline
struct LoopFrame {
    @usableFromInline var snapshot: CellBlock
    @usableFromInline var used: Int
    /// Cells touched in the current iteration.
    @usableFromInline var lo: Int
    @usableFromInline var hi: Int
    /// The body's direct write targets (the starting value of `lo...hi`).
    @usableFromInline var staticLo: Int
    @usableFromInline var staticHi: Int
    /// Cells touched by slow-path writes since the loop was entered (for the enclosing loop).
    @usableFromInline var lifeLo: Int
    @usableFromInline var lifeHi: Int
    /// The counter's value at the start of the current iteration (counter mode).
    @usableFromInline var counter: Cell
    @usableFromInline var counterSlot: MPZ
    /// Whether the sparse part of memory was saved too (see `Machine.sparseSnapshots`).
    @usableFromInline var savedSparse: Bool
    /// Region mode: the compared cells at the start of the current iteration.
    @usableFromInline var region: [Number]
}
