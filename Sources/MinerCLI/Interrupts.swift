import Foundation
import LODAEvaluator

/// What Ctrl-C and SIGTERM raise. The signal handlers touch only these two atomic flags
/// (static lets, initialised by `install` before a handler can run), so they need no lock.
public enum Interrupts {
    /// Raised by the first Ctrl-C (or SIGTERM).
    public static let first = CancellationFlag()
    /// Raised by a second Ctrl-C.
    public static let second = CancellationFlag()

    /// Installs the handler of SIGINT (`first`, then `second` once `first` is up) and, with
    /// `terminate`, of SIGTERM (`first`; otherwise SIGTERM ends the process as usual).
    public static func install(terminate: Bool = false) {
        _ = (first, second)
        signal(SIGINT) { _ in
            if Interrupts.first.isCancelled { Interrupts.second.cancel() } else { Interrupts.first.cancel() }
        }
        if terminate { signal(SIGTERM) { _ in Interrupts.first.cancel() } }
    }
}
