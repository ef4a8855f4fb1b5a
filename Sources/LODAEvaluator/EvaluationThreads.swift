import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Threads for evaluation work (mining workers, check runners): each with a 16 MiB stack,
/// since deeply nested programs and chains of `seq` calls recurse, all started at once.
public enum EvaluationThreads {
    public static let stackBytes = 16 << 20

    /// Starts `count` threads running `body(index)`; the group is left when every one has returned.
    public static func start(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> DispatchGroup {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            detach {
                body(index)
                group.leave()
            }
        }
        return group
    }

    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `work` on a new detached thread with a `stackBytes` stack.
    private static func detach(_ work: @escaping @Sendable () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackBytes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(Work(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
            &thread, &attributes,
            { context in
                Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        precondition(status == 0, "cannot start a thread (pthread_create: \(status))")
    }
}
