import GMPShim
import LODANumber

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
