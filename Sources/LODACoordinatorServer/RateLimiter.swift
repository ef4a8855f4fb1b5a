import Foundation
import Hummingbird
import LODACoordinator
import NIOCore
import Synchronization

/// One token bucket per token name: `rate` requests per second, up to `burst` at once.
final class RateLimiter: Sendable {
    let rate: Double
    let burst: Double
    let buckets = Mutex([String: (tokens: Double, at: UInt64)]())

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = max(1, burst)
    }

    /// Takes one request from `token`'s bucket; nil when allowed, else the seconds to wait.
    func take(_ token: String) -> Double? {
        guard rate > 0 else { return nil }
        return buckets.withLock { b in
            // (the clock is read under the lock: read before it, a later request could have
            // stored a later time than this one's, and the difference would be negative)
            let now = DispatchTime.now().uptimeNanoseconds
            var (tokens, at) = b[token] ?? (burst, now)
            tokens = min(burst, tokens + Double(now >= at ? now - at : 0) / 1e9 * rate)
            if tokens < 1 {
                b[token] = (tokens, now)
                return (1 - tokens) / rate
            }
            b[token] = (tokens - 1, now)
            return nil
        }
    }
}
