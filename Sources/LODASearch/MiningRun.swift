import Foundation
import LODAEvaluator

/// One mining run: the workers of a session, each on its own thread (with a big stack, for
/// deeply nested programs), until a candidate budget, a deadline or the session's `stop`.
/// `miner mine`, the mining benchmarks and the worker's jobs all start their threads here.
public struct MiningRun: Sendable {
    public let session: MiningSession
    public var jobs: Int
    public var seed: UInt64
    /// Candidates per worker (nil: no limit).
    public var candidates: Int?
    /// Monotonic nanoseconds (nil: none).
    public var deadline: UInt64?

    public init(session: MiningSession, jobs: Int, seed: UInt64, candidates: Int? = nil, deadline: UInt64? = nil) {
        self.session = session
        self.jobs = jobs
        self.seed = seed
        self.candidates = candidates
        self.deadline = deadline
    }

    /// Runs the workers and waits for them. `onFind` is called on the finding worker's thread;
    /// `tick` on the calling thread about once a second while they run, with the seconds since
    /// the start. Returns the seconds the run took.
    @discardableResult
    public func run(onFind: (@Sendable (Find) -> Void)? = nil, tick: (Double) -> Void = { _ in }) -> Double {
        let started = monotonicNanoseconds()
        let (session, seed, candidates, deadline) = (self.session, self.seed, self.candidates, self.deadline)
        let group = MiningRun.onThreads(jobs) { worker in
            session.runWorker(worker, seed: seed, candidates: candidates, deadline: deadline) { onFind?($0) }
        }
        while group.wait(timeout: .now() + 1) == .timedOut {
            tick(Double(monotonicNanoseconds() - started) / 1e9)
        }
        return Double(monotonicNanoseconds() - started) / 1e9
    }

    /// Starts `count` threads with 16 MiB stacks running `body(index)`; the group is left when
    /// every one has returned.
    public static func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> DispatchGroup {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                body(index)
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        return group
    }
}

extension MiningStatistics {
    /// The share of the busy time spent in each stage, and the summary lines of `miner mine`.
    public func report(seconds elapsed: Double, jobs: Int) -> [String] {
        [
            String(
                format:
                    "mined %.1f s with %d jobs: %d candidates (%.0f per second), %d repeated programs, %d stopped by the prefix filter, %d duplicates, %d screened out, %d lookups, %d hits, %d verified, %d rejected",
                elapsed, jobs, candidates, Double(candidates) / max(elapsed, 0.001), repeatedPrograms, prefixRejected, duplicates, screenedOut, lookups, hits, verified, rejected),
            "time: \(stageShares); slowest candidate \(String(format: "%.2f", Double(slowestCandidateNanos) / 1e9)) s",
            "rejected: \(rejectedPredicted) by predicted terms, \(rejectedEarly) by the first terms of the extended program, \(rejectedLate) by the full check, \(rejectedBeyond) beyond the known terms, \(rejectedUnderdetermined) as underdetermined, \(withdrawn) finds withdrawn as ambiguous, \(memoRejected) by earlier rejections; \(mechanicalSkipped) targets left out whose known terms cannot settle a program (skipMechanical)",
            "remembered: \(quietCells) cells not looked up again, \(settledCells) cells settled before, \(barrenCells) cells extended in vain before, \(earlyDuplicates) duplicates known by their first terms"
                + (wrongEarlyDuplicates > 0 ? " (\(wrongEarlyDuplicates) of them with new screened terms)" : "")
        ]
    }

    /// "generating 12%, evaluating …": where the busy time went.
    public var stageShares: String {
        let busy = Double(generateNanos + evaluateNanos + matchNanos + verifyNanos)
        return stageShares { x in String(format: "%.0f%%", busy > 0 ? 100 * Double(x) / busy : 0) }
    }

    private func stageShares(_ share: (UInt64) -> String) -> String {
        "generating \(share(generateNanos)), evaluating \(share(evaluateNanos)), matching \(share(matchNanos)), verifying \(share(verifyNanos)) (full checks \(share(checkNanos)), minimizing \(share(minimizeNanos)) and storing \(share(storeNanos - minimizeNanos)) finds)"
    }
}
