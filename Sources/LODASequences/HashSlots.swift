#if canImport(Glibc)
    import Glibc
#endif

/// An open-addressing table from 64-bit hashes to group numbers, in two slabs.
struct HashSlots: Sendable {
    let keys: Slab<UInt64>
    let values: Slab<Int32>

    static func build(_ dictionary: [UInt64: Int32], owner: SlabOwner) -> HashSlots {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (k, v) in dictionary {
            var i = Int(truncatingIfNeeded: k) & mask
            while values[i] != -1 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
        return HashSlots(keys: owner.slab(keys), values: owner.slab(values))
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let v = values[i]
            if v == -1 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }
}
