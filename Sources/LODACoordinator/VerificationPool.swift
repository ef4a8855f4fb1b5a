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

/// A verifier child process: requests go to its stdin one JSON line each, answers come back
/// one JSON line each on its stdout.
final class VerifierProcess {
    let pid: pid_t
    let input: Int32
    let output: Int32
    private(set) var alive: Bool
    private var buffer: [UInt8] = []

    enum Answer {
        case line(Data)
        case timeout
        case ended
    }

    init(executable: String, arguments: [String]) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            (pid, input, output, alive) = (0, -1, -1, false)
            return
        }
        // (close-on-exec: no later child inherits this one's pipes; dup2 clears it on 0 and 1)
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        // Nothing else of the coordinator's reaches the child (the listening socket, other
        // children's pipes): when the coordinator ends, its children see their input end.
        VerifierProcess.closeFrom(&actions, 3)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
        for p in argv { free(p) }
        posix_spawn_file_actions_destroy(&actions)
        close(toChild[0])
        close(fromChild[1])
        // the coordinator must not die of a broken pipe when a child does
        signal(SIGPIPE, SIG_IGN)
        pid = child
        input = toChild[1]
        output = fromChild[0]
        alive = status == 0
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later; not in Swift's Glibc module).
    static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ fd: Int32) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, fd)
    }

    func exchange(_ line: Data, seconds: Double) -> Answer {
        let written = line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(input, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard written else { return .ended }
        let deadline = monotonicNanoseconds() + UInt64(seconds * 1e9)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let data = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(data)
            }
            let now = monotonicNanoseconds()
            guard now < deadline else { return .timeout }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno != EINTR { return .ended }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(output, &chunk, chunk.count)
            if n <= 0 { return .ended }
            buffer.append(contentsOf: chunk[..<n])
        }
    }

    func kill() {
        guard alive else { return }
        alive = false
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(input)
        close(output)
    }

    deinit { kill() }
}

/// The verifier child's loop (`miner-serve _verify PROGRAMS MEMORY_MIB`): lowers its own
/// priority and limits its address space, then answers requests until its input ends.
public enum VerifierMain {
    public static func run(programs: String, memoryMiB: Int, limits: EvaluationLimits = .standard) -> Never {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) << 20, rlim_max: rlim_t(memoryMiB) << 20)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let result: VerificationResult
            if let request = try? JSONDecoder().decode(VerificationRequest.self, from: Data(line.utf8)) {
                result = Verification.run(request, programs: programs, limits: limits)
            } else {
                result = .rejected(.malformed, "the verification request is not readable")
            }
            var data = (try? encoder.encode(result)) ?? Data("{\"reason\":\"unencodable\",\"seconds\":0}".utf8)
            data.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(data)
        }
        exit(0)
    }
}
