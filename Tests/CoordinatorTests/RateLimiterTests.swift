import Foundation
import Synchronization
import Testing

@testable import LODACoordinatorServer

/// The per-token request buckets under concurrent requests: an earlier version read the clock
/// before taking the lock and trapped on a negative interval when a later request got there
/// first (one token holder's concurrent requests took the coordinator down).
struct RateLimiterTests {
    @Test func concurrentRequestsOnOneTokenNeverTrap() {
        let limiter = RateLimiter(rate: 1e9, burst: 2e9)
        let allowed = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<8 {
            group.enter()
            Thread {
                var mine = 0
                for _ in 0..<20_000 where limiter.take("bench") == nil { mine += 1 }
                allowed.withLock { $0 += mine }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(allowed.withLock { $0 } == 160_000)
    }

    @Test func aBucketRefillsAtItsRate() {
        let limiter = RateLimiter(rate: 10, burst: 3)
        #expect((0..<3).allSatisfy { _ in limiter.take("t") == nil })
        let wait = limiter.take("t")
        #expect(wait != nil && wait! > 0 && wait! <= 0.1)
        #expect(limiter.take("other") == nil)
        Thread.sleep(forTimeInterval: 0.25)
        #expect(limiter.take("t") == nil)
    }
}
