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
