import LODACore
import LODANumber

/// The ranges of every cell at one point of a program.
struct RangeState: Equatable {
    var cells: [ValueRange]
    /// Every cell beyond `cells` (reached only through indirect operands).
    var rest: ValueRange

    init(cellCount: Int) {
        cells = [ValueRange](repeating: .zero, count: cellCount)
        cells[0] = .input
        rest = .zero
    }

    subscript(_ i: Int) -> ValueRange {
        get { i < cells.count ? cells[i] : rest }
        set { if i < cells.count { cells[i] = newValue } }
    }

    /// After a write the analysis cannot place.
    mutating func forgetAll() {
        for i in cells.indices { cells[i] = .any }
        rest = .any
    }

    func union(_ o: RangeState) -> RangeState {
        var r = self
        for i in cells.indices { r.cells[i] = cells[i].union(o.cells[i]) }
        r.rest = rest.union(o.rest)
        return r
    }

    func widened(to next: RangeState) -> RangeState {
        var r = self
        for i in cells.indices where cells[i] != next.cells[i] { r.cells[i] = cells[i].widened(to: next.cells[i]) }
        if rest != next.rest { r.rest = rest.widened(to: next.rest) }
        return r
    }
}
