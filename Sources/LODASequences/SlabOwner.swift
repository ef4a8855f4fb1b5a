#if canImport(Glibc)
    import Glibc
#endif

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
