/// A set of cells, or every cell.
public struct CellSet: Equatable, Sendable {
    public var cells: Set<Int> = []
    public var all = false

    public init(_ cells: Set<Int> = [], all: Bool = false) {
        self.cells = cells
        self.all = all
    }

    public func contains(_ c: Int) -> Bool { all || cells.contains(c) }

    public mutating func formUnion(_ o: CellSet) {
        if o.all { all = true }
        cells.formUnion(o.cells)
    }

    public func union(_ o: CellSet) -> CellSet {
        var r = self
        r.formUnion(o)
        return r
    }

    /// Applies an instruction backwards: what it writes is dead before it, what it reads is live.
    public mutating func apply(_ e: InstructionEffect) {
        if !all { cells.subtract(e.writes) }
        cells.formUnion(e.reads)
        if e.readsAll { all = true }
    }
}
