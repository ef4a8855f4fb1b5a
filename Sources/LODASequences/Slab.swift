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
