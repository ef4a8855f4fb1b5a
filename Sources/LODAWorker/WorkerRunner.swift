import Foundation
import LODACoordinator
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// A worker process's loop: each job thread leases a unit, mines it with the miner library,
/// and completes it; finds go to the journal first and are sent by one sender thread, which
/// retries with backoff while the coordinator is unreachable and also fetches the programs
/// other workers found (they leave the targets and feed the mutator).
public final class WorkerRunner: Sendable {
    public struct Options: Sendable {
        public var name: String
        public var jobs: Int
        /// Stop after each job completed this many units (nil: no limit).
        public var unitsPerJob: Int?
        /// Stop at this monotonic time (ns).
        public var deadline: UInt64?
        /// Leave when the coordinator has no work, instead of waiting for some.
        public var exitWhenIdle: Bool
        /// Seconds between fetches of other workers' programs.
        public var fetchSeconds: Double
        /// Seconds to keep trying to send unanswered finds before exiting (they stay in the journal).
        public var drainSeconds: Double

        public init(
            name: String, jobs: Int = 1, unitsPerJob: Int? = nil, deadline: UInt64? = nil, exitWhenIdle: Bool = false,
            fetchSeconds: Double = 2, drainSeconds: Double = 30
        ) {
            self.name = name
            self.jobs = jobs
            self.unitsPerJob = unitsPerJob
            self.deadline = deadline
            self.exitWhenIdle = exitWhenIdle
            self.fetchSeconds = fetchSeconds
            self.drainSeconds = drainSeconds
        }
    }

    /// What the worker did, for its summary.
    public struct Tally: Sendable {
        public var unitsCompleted = 0
        public var unitsNotCounted = 0
        public var candidates = 0
        public var finds = 0
        public var answers: [String: Int] = [:]
        public var fetched = 0
        public var retries = 0
        /// Seconds from the first unit's start (data loaded, index built) to the last unit's end.
        public var miningSeconds = 0.0
    }

    let client: CoordinatorClient
    let journal: Journal
    let options: Options
    let database: SequenceDatabase
    /// The local programs folder: fetched programs are written here (seq calls resolve here).
    let folder: ProgramStore?
    let makeSession: @Sendable (String, FindSink) throws -> MiningSession
    let log: @Sendable (String) -> Void
    /// Stops mining (Ctrl-C): the sender goes on draining the journal for `drainSeconds`.
    public let stop: CancellationFlag
    /// Stops sending too (after the drain, or a second Ctrl-C).
    public let senderStop: CancellationFlag

    struct State {
        var sessions: [String: MiningSession] = [:]
        var units: [Int: Int64] = [:]
        var unitFinds: [Int: Int] = [:]
        var leases: [Int: Lease] = [:]
        var tally = Tally()
        var cursor: Int64 = 0
        var fatal: String?
        var miningStarted: UInt64?
    }
    let state = Mutex(State())
    let wake = NSCondition()

    /// - Parameter makeSession: builds the mining session for a profile name (called once per profile).
    public init(
        client: CoordinatorClient, journal: Journal, options: Options, database: SequenceDatabase, folder: ProgramStore?,
        makeSession: @escaping @Sendable (String, FindSink) throws -> MiningSession, log: @escaping @Sendable (String) -> Void,
        stop: CancellationFlag = CancellationFlag(), senderStop: CancellationFlag = CancellationFlag()
    ) {
        self.stop = stop
        self.senderStop = senderStop
        self.client = client
        self.journal = journal
        self.options = options
        self.database = database
        self.folder = folder
        self.makeSession = makeSession
        self.log = log
    }

    public var tally: Tally { state.withLock { $0.tally } }
    /// Set when the worker stopped because the coordinator refused it (e.g. a bad token).
    public var fatalError: String? { state.withLock { $0.fatal } }

    /// Runs until every job is done (unit limit, deadline, `stop`); returns the tally.
    public func run() -> Tally {
        // Programs accepted before this worker started join the local folder before the sessions are built.
        fetchPrograms()
        let group = EvaluationThreads.start(options.jobs) { [self] job in
            runJob(job)
            wake.lock(); wake.broadcast(); wake.unlock()
        }
        let sender = Thread { [self] in runSender() }
        sender.start()
        let beats = Thread { [self] in runHeartbeats() }
        beats.start()
        // `stop` (Ctrl-C) reaches the mining loops within a fifth of a second.
        let watcher = Thread { [self] in
            while !stop.isCancelled && group.wait(timeout: .now() + 0.2) == .timedOut {}
            if stop.isCancelled { stopSessions() }
        }
        watcher.start()
        group.wait()
        // Let the sender drain the journal, then stop it.
        if journal.count > 0 && fatalError == nil && !senderStop.isCancelled {
            log("sending the \(journal.count) finds not yet answered (at most \(Int(options.drainSeconds)) s; Ctrl-C again to leave them in the journal)")
        }
        let until = Date().addingTimeInterval(options.drainSeconds)
        wake.lock()
        while journal.count > 0, Date() < until, fatalError == nil, !senderStop.isCancelled {
            _ = wake.wait(until: min(until, Date().addingTimeInterval(0.2)))
        }
        wake.unlock()
        stop.cancel()
        senderStop.cancel()
        wake.lock(); wake.broadcast(); wake.unlock()
        return tally
    }

    /// Stops the mining loops of every session.
    func stopSessions() {
        for session in state.withLock({ Array($0.sessions.values) }) { session.stop.cancel() }
    }

    func fail(_ message: String) {
        state.withLock { $0.fatal = message }
        log("error: \(message)")
        stop.cancel()
        senderStop.cancel()
        stopSessions()
    }

    /// Retries `body` with exponential backoff while the coordinator is unreachable (until
    /// `until` is raised: `stop` by default).
    func retrying<T>(_ what: String, untilDeadline: Bool = true, until flag: CancellationFlag? = nil, _ body: () throws -> T) -> T? {
        let flag = flag ?? stop
        var delay = 0.25
        while !flag.isCancelled && !(untilDeadline && pastDeadline) {
            do { return try body() } catch let e as CoordinatorClient.Unreachable {
                state.withLock { $0.tally.retries += 1 }
                if delay >= 2 { log("\(what): \(e.description); retrying in \(String(format: "%.1f", delay)) s") }
                sleep(seconds: delay, until: flag)
                delay = min(delay * 2, 15) * Double.random(in: 0.8...1.2)
            } catch let e as CoordinatorClient.Refused where [408, 429, 503].contains(e.status) {
                // a limit (or a proxy's timeout): not an answer; wait as asked and try again
                state.withLock { $0.tally.retries += 1 }
                let wait = e.retryAfter ?? delay
                if wait >= 2 { log("\(what): \(e.description); retrying in \(String(format: "%.1f", wait)) s") }
                sleep(seconds: wait, until: flag)
                delay = min(delay * 2, 15) * Double.random(in: 0.8...1.2)
            } catch let e as CoordinatorClient.Refused {
                fail("\(what): the coordinator refused: \(e.description)")
                return nil
            } catch {
                fail("\(what): \(error)")
                return nil
            }
        }
        return nil
    }

    var pastDeadline: Bool { options.deadline.map { monotonicNanoseconds() >= $0 } ?? false }

    func sleep(seconds: Double, until flag: CancellationFlag? = nil) {
        let flag = flag ?? stop
        let until = Date().addingTimeInterval(seconds)
        wake.lock()
        while !flag.isCancelled, Date() < until { _ = wake.wait(until: until) }
        wake.unlock()
    }

    let building = NSLock()

    func session(for profile: String) throws -> MiningSession {
        building.lock()
        defer { building.unlock() }
        if let s = state.withLock({ $0.sessions[profile] }) { return s }
        let s = try makeSession(profile, Sink(runner: self))
        return state.withLock { st in
            if let existing = st.sessions[profile] { return existing }
            st.sessions[profile] = s
            if stop.isCancelled { s.stop.cancel() }
            return s
        }
    }

    func runJob(_ job: Int) {
        var completed = 0
        while !stop.isCancelled && !pastDeadline {
            if let limit = options.unitsPerJob, completed >= limit { break }
            guard let answer = retrying("lease", { try client.lease(worker: options.name) }) else { break }
            guard let lease = answer else {
                if options.exitWhenIdle { break }
                sleep(seconds: 5)
                continue
            }
            let session: MiningSession
            do { session = try self.session(for: lease.unit.profile) } catch {
                fail("unit \(lease.unit.id): \(error)")
                break
            }
            state.withLock { s in
                s.units[job] = lease.unit.id
                s.leases[job] = lease
                if s.miningStarted == nil { s.miningStarted = monotonicNanoseconds() }
            }
            let deadline = options.deadline
            let mined = session.runWorker(job, seed: lease.unit.seed, stream: lease.unit.seed, candidates: lease.unit.candidates, deadline: deadline)
            let finds = state.withLock { s -> Int in
                s.leases[job] = nil
                s.tally.candidates += mined
                if let started = s.miningStarted { s.tally.miningSeconds = Double(monotonicNanoseconds() - started) / 1e9 }
                return s.unitFinds.removeValue(forKey: job) ?? 0
            }
            // An unfinished unit (stopped or out of time) is left to expire and be redone.
            guard mined >= lease.unit.candidates else { break }
            guard
                let response = retrying(
                    "complete unit \(lease.unit.id)",
                    {
                        try client.complete(lease.leaseID, report: CompletionReport(candidates: mined, finds: finds))
                    })
            else { break }
            state.withLock { s in
                if response.counted { s.tally.unitsCompleted += 1 } else { s.tally.unitsNotCounted += 1 }
            }
            if !response.counted { log("unit \(lease.unit.id) not counted: \(response.reason ?? "")") }
            completed += 1
        }
    }

    func runHeartbeats() {
        while !stop.isCancelled {
            let leases = state.withLock { Array($0.leases.values) }
            let every = max(0.2, (leases.map(\.seconds).min() ?? 3) / 3)
            for lease in leases {
                if (try? client.heartbeat(lease.leaseID)) == false {
                    log("lease of unit \(lease.unit.id) lost: it expired and went to another worker")
                }
            }
            sleep(seconds: every)
        }
    }

    /// Sends the journal's finds. Only the coordinator's verdict on a program (accepted,
    /// improved, duplicate, kept, malformed, unknown sequence, wrong) takes a find out of the
    /// journal; any other refusal (a limit's 429 or 503, a proxy's 403 or 404, a 400 about the
    /// request) is retried for that find with backoff, honouring `Retry-After`, while the
    /// others go on; 401 (the token is not, or no longer, valid) stops the worker.
    func runSender() {
        var lastFetch = 0.0
        var retryAt: [String: (time: Double, attempts: Int)] = [:]
        while !senderStop.isCancelled {
            var waiting = false
            for find in journal.unanswered {
                if senderStop.isCancelled { break }
                let now = Date().timeIntervalSince1970
                if let r = retryAt[find.key], r.time > now {
                    waiting = true
                    continue
                }
                guard
                    let answer = retrying(
                        "submit \(find.sequence)", untilDeadline: false, until: senderStop,
                        { () throws -> Result<(Int, SubmissionResponse), CoordinatorClient.Refused> in
                            do { return .success(try client.submit(find)) } catch let refused as CoordinatorClient.Refused where refused.status != 401 {
                                return .failure(refused)
                            }
                        })
                else { break }
                switch answer {
                case .success(let (status, response)):
                    retryAt[find.key] = nil
                    try? journal.acknowledge(find.key)
                    state.withLock { $0.tally.answers[response.status.rawValue, default: 0] += 1 }
                    if status >= 400 { log("find \(find.sequence) rejected (\(response.status.rawValue)): \(response.reason)") }
                case .failure(let refused):
                    let attempts = (retryAt[find.key]?.attempts ?? 0) + 1
                    let delay = refused.retryAfter ?? min(60, 0.5 * pow(2, Double(min(attempts, 8))))
                    retryAt[find.key] = (now + delay, attempts)
                    waiting = true
                    state.withLock { $0.tally.retries += 1 }
                    if attempts == 1 || attempts % 10 == 0 {
                        log("find \(find.sequence) not answered (\(refused.description)); sending it again in \(String(format: "%.0f", delay)) s (attempt \(attempts))")
                    }
                }
            }
            retryAt = retryAt.filter { key, _ in journal.unanswered.contains { $0.key == key } }
            wake.lock(); wake.broadcast(); wake.unlock()
            if !stop.isCancelled && Date().timeIntervalSince1970 - lastFetch >= options.fetchSeconds {
                lastFetch = Date().timeIntervalSince1970
                fetchPrograms()
            }
            wake.lock()
            if (journal.count == 0 || waiting) && !senderStop.isCancelled { _ = wake.wait(until: Date().addingTimeInterval(0.5)) }
            wake.unlock()
        }
    }

    /// Fetches programs accepted since the last fetch; writes them to the local folder and
    /// hands them to the mining sessions.
    func fetchPrograms() {
        while !stop.isCancelled {
            let cursor = state.withLock { $0.cursor }
            guard let page = try? client.programs(after: cursor) else { return }
            var programs: [Program] = []
            for p in page.programs {
                guard let program = try? Parser.parse(p.program) else { continue }
                programs.append(program)
                if let folder, let sequence = database[SequenceID(p.sequence)] {
                    // A local copy of the coordinator's program: fetched again if lost, so not synced.
                    try? ProgramStore.writeAtomically(ProgramStore.text(of: program, for: sequence), to: folder.path(for: sequence.id), durable: false)
                }
            }
            let sessions = state.withLock { s -> [MiningSession] in
                s.cursor = page.next
                s.tally.fetched += page.programs.count
                return Array(s.sessions.values)
            }
            for s in sessions { s.absorb(programs, solved: page.programs.map(\.sequence)) }
            if page.programs.count < 1000 { return }
        }
    }

    /// Journals each find (durably) and wakes the sender.
    final class Sink: FindSink {
        unowned let runner: WorkerRunner
        init(runner: WorkerRunner) { self.runner = runner }
        func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures: FindFigures?) -> FindOutcome {
            let unit = runner.state.withLock { $0.units[worker] }
            var code = program
            code.instructions = program.code
            let request = SubmissionRequest(
                key: UUID().uuidString.lowercased(), worker: runner.options.name, unit: unit,
                sequence: sequence.id.description, program: code.description)
            do { try runner.journal.append(request) } catch {
                runner.fail("\(error)")
                return .kept
            }
            runner.state.withLock { s in
                s.tally.finds += 1
                s.unitFinds[worker, default: 0] += 1
            }
            runner.wake.lock(); runner.wake.broadcast(); runner.wake.unlock()
            return .added
        }
    }
}
