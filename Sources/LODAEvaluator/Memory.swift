import GMPShim
import LODANumber

/// A memory cell: the value itself while it fits in `Int`, otherwise a flag saying
/// the value lives in the cell's GMP slot. Trivial, so copies are plain moves.
@usableFromInline
struct Cell: Sendable {
    @usableFromInline var v: Int
    @usableFromInline var big: Bool
    @usableFromInline init(v: Int, big: Bool) {
        self.v = v
        self.big = big
    }
    @usableFromInline static let zero = Cell(v: 0, big: false)
}

/// A block of cells with one GMP slot per cell.
@usableFromInline
struct CellBlock {
    @usableFromInline var cells: UnsafeMutablePointer<Cell>
    @usableFromInline var slots: MPZ
    @usableFromInline var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        cells = .allocate(capacity: capacity)
        cells.initialize(repeating: .zero, count: capacity)
        slots = .allocate(capacity: capacity)
        for i in 0..<capacity { lgmp_init(slots + i) }
    }

    /// Grows to at least `needed` cells, moving the GMP slots (not copying them).
    mutating func grow(to needed: Int) {
        guard needed > capacity else { return }
        let newCapacity = max(needed, capacity * 2)
        let newCells = UnsafeMutablePointer<Cell>.allocate(capacity: newCapacity)
        newCells.moveInitialize(from: cells, count: capacity)
        (newCells + capacity).initialize(repeating: .zero, count: newCapacity - capacity)
        let newSlots = MPZ.allocate(capacity: newCapacity)
        newSlots.moveInitialize(from: slots, count: capacity)
        for i in capacity..<newCapacity { lgmp_init(newSlots + i) }
        cells.deallocate()
        slots.deallocate()
        cells = newCells
        slots = newSlots
        capacity = newCapacity
    }

    func free() {
        for i in 0..<capacity { lgmp_clear(slots + i) }
        cells.deallocate()
        slots.deallocate()
    }
}

/// Copies cells `lo...hi` (GMP values included) from one block to another.
@inline(__always)
func copyCells(_ from: UnsafeMutablePointer<Cell>, _ fromSlots: MPZ, _ to: UnsafeMutablePointer<Cell>, _ toSlots: MPZ, _ lo: Int, _ hi: Int) {
    var i = lo
    while i <= hi {
        let c = from[i]
        to[i] = c
        if c.big { lgmp_set(toSlots + i, fromSlots + i) }
        i &+= 1
    }
}

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
