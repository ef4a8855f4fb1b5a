import GMPShim
import LODANumber

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
