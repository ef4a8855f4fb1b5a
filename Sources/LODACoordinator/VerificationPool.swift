import Foundation
import LODAEvaluator

/// Runs verifications apart from the threads that serve HTTP: a fixed number of slots, each a
/// thread of its own driving a child process (`miner-serve _verify`, at lower priority, with a
/// memory limit) or, in process, calling `Verification.run` itself. A bounded queue in front:
/// when it is full a submission is refused with a hint when to retry (503), and one token may
/// have only so many submissions queued or running (429). A child that does not answer within
/// the time budget and a grace period is killed and replaced, and the submission is rejected
/// as taking too long; a child that dies (its memory limit, a crash) is replaced the same way.
public final class VerificationPool: @unchecked Sendable {  // every `var` is read and written under `condition` only
    public struct Settings: Sendable {
        /// Verifications at once.
        public var slots: Int
        /// Submissions waiting for a slot, at most.
        public var queue: Int
        /// Submissions of one token waiting or running, at most.
        public var perToken: Int
        /// Seconds a child gets beyond the verification's own budget before it is killed.
        public var grace: Double
        /// Address-space limit of a verifier process, in MiB.
        public var memoryMiB: Int

        public init(
            slots: Int = ProcessInfo.processInfo.activeProcessorCount, queue: Int? = nil, perToken: Int? = nil,
            grace: Double = 3, memoryMiB: Int = 2048
        ) {
            self.slots = max(1, slots)
            self.queue = queue ?? 8 * max(1, slots)
            self.perToken = perToken ?? 4 * max(1, slots)
            self.grace = grace
            self.memoryMiB = memoryMiB
        }
    }

    /// Where verifications run.
    public enum Runner: Sendable {
        /// In child processes: this executable and arguments (it reads requests on stdin).
        case processes(executable: String, arguments: [String])
        /// On the pool's own threads, in this process.
        case threads(programs: String)
    }

    /// A submission the pool will not take now.
    public enum Refusal: Error, Sendable {
        /// The queue is full: retry after this many seconds.
        case busy(retryAfter: Int)
        /// This token has too many submissions waiting or running.
        case tooMany(retryAfter: Int)
    }

    final class Job: @unchecked Sendable {  // `continuation` is set under the pool's `condition` before a slot can take the job
        let request: VerificationRequest
        let token: String
        var continuation: CheckedContinuation<VerificationResult, Never>?
        init(_ request: VerificationRequest, _ token: String) {
            self.request = request
            self.token = token
        }
    }

    public let settings: Settings
    let runner: Runner
    let limits: EvaluationLimits
    let condition = NSCondition()
    var waiting: [Job] = []
    var perToken: [String: Int] = [:]
    var running = 0
    var stopped = false
    /// Seconds the last verifications took (a moving average), for retry hints.
    var averageSeconds = 0.05
    /// Children replaced after a timeout or a crash.
    private var replacedCount = 0
    public var replaced: Int {
        condition.lock()
        defer { condition.unlock() }
        return replacedCount
    }

    public init(runner: Runner, settings: Settings = Settings(), limits: EvaluationLimits = .standard) {
        self.runner = runner
        self.settings = settings
        self.limits = limits
        for slot in 0..<settings.slots {
            let thread = Thread { [self] in serve(slot) }
            thread.name = "lodestone-verify-\(slot)"
            thread.start()
        }
    }

    /// Stops the slots after the jobs in hand (and their children).
    public func shutdown() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Submissions waiting and running now.
    public var load: (waiting: Int, running: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (waiting.count, running)
    }

    /// Verifies `request` for `token`, or refuses it at once when the pool is full.
    public func verify(_ request: VerificationRequest, token: String) async throws(Refusal) -> VerificationResult {
        let job = Job(request, token)
        try admit(job)
        return await withCheckedContinuation { continuation in enqueue(job, continuation) }
    }

    /// Counts the job against its token, or refuses it.
    func admit(_ job: Job) throws(Refusal) {
        condition.lock()
        defer { condition.unlock() }
        if waiting.count >= settings.queue { throw .busy(retryAfter: retryHint()) }
        if perToken[job.token, default: 0] >= settings.perToken { throw .tooMany(retryAfter: retryHint()) }
        perToken[job.token, default: 0] += 1
    }

    func enqueue(_ job: Job, _ continuation: CheckedContinuation<VerificationResult, Never>) {
        condition.lock()
        job.continuation = continuation
        waiting.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Seconds until a slot is likely free (at least 1).
    func retryHint() -> Int {
        max(1, Int((Double(waiting.count + running) * averageSeconds / Double(settings.slots)).rounded(.up)))
    }

    func serve(_ slot: Int) {
        var child: VerifierProcess?
        while true {
            condition.lock()
            while waiting.isEmpty && !stopped { condition.wait() }
            if stopped && waiting.isEmpty {
                condition.unlock()
                child?.kill()
                return
            }
            let job = waiting.removeFirst()
            running += 1
            condition.unlock()

            let result: VerificationResult
            switch runner {
            case .threads(let programs):
                result = Verification.run(job.request, programs: programs, limits: limits)
            case .processes(let executable, let arguments):
                if child == nil || !child!.alive { child = VerifierProcess(executable: executable, arguments: arguments) }
                result = exchange(job.request, with: &child)
            }

            condition.lock()
            running -= 1
            perToken[job.token, default: 1] -= 1
            if perToken[job.token] == 0 { perToken[job.token] = nil }
            averageSeconds = 0.9 * averageSeconds + 0.1 * max(result.seconds, 0.001)
            condition.unlock()
            job.continuation?.resume(returning: result)
        }
    }

    /// Sends a request to the child and waits for its answer within the budget; a child that
    /// does not answer in time, or dies, is killed and forgotten (the next job starts another).
    func exchange(_ request: VerificationRequest, with child: inout VerifierProcess?) -> VerificationResult {
        guard let process = child, process.alive else {
            return .rejected(.wrong, "the coordinator could not start a verifier process")
        }
        let started = monotonicNanoseconds()
        guard var line = try? JSONEncoder().encode(request) else { return .rejected(.malformed, "the submission cannot be encoded") }
        line.append(UInt8(ascii: "\n"))
        let answer = process.exchange(line, seconds: request.seconds + settings.grace)
        let elapsed = Double(monotonicNanoseconds() - started) / 1e9
        switch answer {
        case .line(let data):
            if var result = try? JSONDecoder().decode(VerificationResult.self, from: data) {
                result.seconds = elapsed
                return result
            }
            process.kill()
            child = nil
            noteReplaced()
            return VerificationResult(rejection: .wrong, reason: "the verifier's answer was not readable", seconds: elapsed)
        case .timeout:
            process.kill()
            child = nil
            noteReplaced()
            return VerificationResult(
                rejection: .wrong, reason: String(format: "the verification took longer than %.0f s", request.seconds + settings.grace),
                seconds: elapsed)
        case .ended:
            process.kill()
            child = nil
            noteReplaced()
            return VerificationResult(
                rejection: .wrong, reason: "the verification ended abnormally (it reached the verifier's memory limit of \(settings.memoryMiB) MiB, or crashed)",
                seconds: elapsed)
        }
    }

    func noteReplaced() {
        condition.lock()
        replacedCount += 1
        condition.unlock()
    }
}
