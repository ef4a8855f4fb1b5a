import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A flag that another thread can raise to stop a running evaluation.
public final class CancellationFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    public init() {}
    public func cancel() { raised.store(true, ordering: .relaxed) }
    public func reset() { raised.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { raised.load(ordering: .relaxed) }
}
