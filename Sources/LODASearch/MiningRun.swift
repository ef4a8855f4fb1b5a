import Foundation
import LODAEvaluator

/// One mining run: the workers of a session, each on its own thread (with a big stack, for
/// deeply nested programs), until a candidate budget, a deadline or the session's `stop`.
/// `miner mine` and the mining benchmarks run here (on `EvaluationThreads`, as the worker's jobs and the check runner).
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
        let group = EvaluationThreads.start(jobs) { worker in
            session.runWorker(worker, seed: seed, candidates: candidates, deadline: deadline) { onFind?($0) }
        }
        while group.wait(timeout: .now() + 1) == .timedOut {
            tick(Double(monotonicNanoseconds() - started) / 1e9)
        }
        return Double(monotonicNanoseconds() - started) / 1e9
    }
}
