#if canImport(Glibc)
    import Glibc
#endif

/// A read-only array of plain values that lives either in memory this process allocated or
/// inside a memory-mapped cache file (then several processes share its pages). The owner
/// (`SlabOwner`) keeps the memory alive.
public struct Slab<Element>: @unchecked Sendable {  // its memory is written only while its owner builds it, before any slab is handed out
    public let base: UnsafePointer<Element>
    public let count: Int

    init(base: UnsafePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always)
    public subscript(i: Int) -> Element { base[i] }

    public var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
    public var byteCount: Int { count * MemoryLayout<Element>.stride }
}

/// Holds the memory of slabs: allocations made while building, or one file mapping.
public final class SlabOwner: @unchecked Sendable {  // `allocations` grows only while building (one thread); then it is only freed, in deinit
    private var allocations: [UnsafeMutableRawPointer] = []
    private var mapping: (UnsafeMutableRawPointer, Int)?

    public init() {}

    init(mapping base: UnsafeMutableRawPointer, length: Int) { mapping = (base, length) }

    /// A slab holding a copy of `values`.
    func slab<T>(_ values: [T]) -> Slab<T> {
        let memory = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        memory.initialize(from: values, count: values.count)
        allocations.append(UnsafeMutableRawPointer(memory))
        return Slab(base: UnsafePointer(memory), count: values.count)
    }

    deinit {
        for a in allocations { a.deallocate() }
        if let (base, length) = mapping { munmap(base, length) }
    }
}

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
