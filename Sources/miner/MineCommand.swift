import ArgumentParser
import MinerCLI
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences

/// Connects the miner to the programs folder: the replacement policy decides, writes are
/// atomic. A new program is written (and flushed to disk) at once. A better program for a
/// sequence this run already wrote is decided from the figures the miner measured and the
/// stored program's, and written at the next `flush` (every few seconds and at the end): a
/// sequence improved several times in a row is written once, and a crash loses at most the
/// improvements of those seconds, never a new program.
final class StoreSink: FindSink, @unchecked Sendable {
    let store: ProgramStore
    let lock = NSLock()
    /// The check figures of the programs written (or waiting to be written) in this run.
    private var figures: [SequenceID: ReplacementPolicy.Candidate] = [:]
    private var pending: [SequenceID: (Program, IntegerSequence)] = [:]
    private var lastFlush = monotonicNanoseconds()
    static let flushSeconds: UInt64 = 5
    /// Why stored programs were replaced: more terms, corrected, shorter, faster.
    private(set) var reasons: [String: Int] = [:]
    /// Sequences that had a program before this run (never withdrawn), and those withdrawn.
    private let before: Set<SequenceID>
    private(set) var withdrawn: [SequenceID] = []
    init(_ store: ProgramStore) {
        self.store = store
        before = ProgramDirectory.solvedSequences(below: store.root)
    }

    func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures measured: FindFigures?) -> FindOutcome {
        lock.lock()
        defer { lock.unlock() }
        var program = program
        program.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
        // (the programs waiting to be written are the ones a call would reach once they are)
        let latest = Dictionary(uniqueKeysWithValues: pending.map { (ProgramID(number: $0.key.number), $0.value.0) })
        if program.mayCall(ProgramID(number: sequence.id.number), resolver: store.directory, latest: latest) { return .kept }
        let new = measured.map { ReplacementPolicy.Candidate(correctTerms: $0.correctTerms, passes: true, totalSteps: $0.totalSteps,
                                                              length: program.code.count) }
        if let new, let old = figures[sequence.id] {
            let decision = ReplacementPolicy.decide(existing: old, new: new)
            guard decision.writes, store.breakage(replacing: sequence, with: program, latest: latest) == nil else { return .kept }
            store.dependents?.graph.update(ProgramID(number: sequence.id.number), program)
            if let reason = ReplacementPolicy.reason(decision) { reasons[reason, default: 0] += 1 }
            figures[sequence.id] = new
            pending[sequence.id] = (program, sequence)
            flushIfDue()
            return .improved
        }
        guard let decision = try? store.store(program, for: sequence, seconds: 0.25, verified: true, latest: latest) else { return .kept }
        if decision.writes {
            figures[sequence.id] = new ?? ProgramStore.assess(program, for: sequence, resolver: store.directory, seconds: 0.25)
            pending[sequence.id] = nil
        }
        switch decision {
        case .add: return .added
        case .replace:
            if let reason = ReplacementPolicy.reason(decision) { reasons[reason, default: 0] += 1 }
            return .improved
        case .keep: return .kept
        }
    }

    /// Takes back the program this run stored for `sequence`: its file is removed (or its
    /// waiting improvement dropped). Programs that were in the folder before the run stay.
    func withdraw(_ sequence: IntegerSequence) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard figures[sequence.id] != nil, !before.contains(sequence.id) else { return false }
        figures[sequence.id] = nil
        pending[sequence.id] = nil
        let id = ProgramID(number: sequence.id.number)
        try? FileManager.default.removeItem(atPath: store.directory.path(for: id))
        store.directory.noteWritten(id)
        withdrawn.append(sequence.id)
        return true
    }

    /// Writes the improvements waiting, if the last flush is some seconds ago (or `force`).
    func flush(force: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        if force || monotonicNanoseconds() - lastFlush >= StoreSink.flushSeconds * 1_000_000_000 { flushIfDue(force: true) }
    }

    private func flushIfDue(force: Bool = false) {
        guard force || monotonicNanoseconds() - lastFlush >= StoreSink.flushSeconds * 1_000_000_000 else { return }
        lastFlush = monotonicNanoseconds()
        for (id, (program, sequence)) in pending.sorted(by: { $0.key < $1.key }) {
            do { try store.write(program, for: sequence) } catch { printError("\(error)") }
            pending[id] = nil
        }
    }
}

nonisolated(unsafe) private var mineStop: CancellationFlag?

/// The last find, for the status line.
final class LastFind: @unchecked Sendable {
    private let lock = NSLock()
    private var text = "-"
    func set(_ t: String) { lock.lock(); text = t; lock.unlock() }
    func get() -> String { lock.lock(); defer { lock.unlock() }; return text }
}

struct MineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mine",
        abstract: "Mine for programs of sequences (the default command).",
        discussion: """
            Generates candidate programs (mutations of known programs, random programs from learned \
            statistics, systematic enumeration), evaluates their first terms on a small budget, looks every \
            memory cell up in the sequence index, and writes verified, minimized programs to the programs \
            folder. Ctrl-C stops cleanly after the writes in progress.
            Example: miner --minutes 5 --jobs 2 --seed 1
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bfileOptions: BFileOptions
    @Option(name: .long, help: "Programs folder (read for seeds and solved sequences, written with finds).") var programs: String = "programs"
    @Option(name: [.short, .long], help: "Worker threads.") var jobs: Int = 1
    @Option(name: .long, help: "Random seed (the same seed replays the same candidates per worker).") var seed: UInt64 = 1
    @Option(name: .long, help: "Stop after this many minutes.") var minutes: Double?
    @Option(name: .long, help: "Stop after this many candidates per worker.") var candidates: Int?
    @Option(name: .long, help: "Profile name (from --profiles).") var profile: String = "default"
    @Option(name: .long, help: "Profiles file.") var profiles: String = "profiles.json"

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let minutes, minutes <= 0 { throw ValidationError("--minutes must be positive") }
        if let candidates, candidates < 1 { throw ValidationError("--candidates must be at least 1") }
    }

    func run() throws {
        let chosen = try loadProfile()
        let started = monotonicNanoseconds()
        let (database, fullIndex, outcome) = data.loadIndexed()

        let store = ProgramStore(root: programs)
        store.directory.remembersMissing = true
        let pool = ProgramPool(folder: programs)
        store.dependents = pool.dependents(database)
        var guessed = Set<SequenceID>()
        if chosen.guessRecurrences == true {
            let t0 = monotonicNanoseconds()
            var written = 0
            for s in database.sequences where !pool.solved.contains(s.id) {
                guard let result = RecurrenceSynthesis.program(for: s), result.verified,
                      let d = try? store.store(result.program, for: s, seconds: 2, verified: true), d.writes else { continue }
                written += 1
                guessed.insert(s.id)
            }
            log("recurrences: wrote \(written) verified programs in \(secondsSince(t0)) s")
        }
        let excluded = pool.excluded(profile: chosen, alsoSolved: guessed)
        let index = fullIndex.excluding(excluded)
        log("loaded \(database.count) sequences, \(pool.seeds.count) programs; \(database.count - excluded.count) targets indexed in \(secondsSince(started)) s (\(outcome)); profile \(chosen.name), \(jobs) jobs, seed \(seed)")

        let sink = StoreSink(store)
        let session = MiningSession(index: index, profile: chosen, sink: sink, resolver: store.directory,
                                    seeds: pool.seeds, callable: pool.callable)
        session.bfiles = bfileOptions.load()
        // Improving existing programs: a stored program is replaced only by a shorter one (or
        // one the policy prefers), so candidates that are not shorter are not verified for it.
        if chosen.targets == "all" { session.noteStoredLengths(pool.lengths) }
        mineStop = session.stop
        signal(SIGINT) { _ in mineStop?.cancel() }
        let deadline = minutes.map { monotonicNanoseconds() + UInt64($0 * 60e9) }
        let interactive = isatty(1) != 0
        let lastFind = LastFind()
        let mining = monotonicNanoseconds()
        let group = DispatchGroup()
        for w in 0..<jobs {
            group.enter()
            let thread = Thread {
                session.runWorker(w, seed: seed, candidates: candidates, deadline: deadline) { find in
                    lastFind.set("\(find.sequence.id) (\(find.matcher))")
                    if !interactive { log("\(find.outcome == .added ? "new" : "better") \(find.sequence.id) via \(find.matcher): \(find.sequence.name.prefix(70))") }
                }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        var tick = 0
        while group.wait(timeout: .now() + 1) == .timedOut {
            tick += 1
            sink.flush()
            let s = session.statistics
            let lastText = lastFind.get()
            let elapsed = Double(monotonicNanoseconds() - mining) / 1e9
            let line = String(format: "%.0f s  %d candidates (%.0f/s)  %d found  %d improved  last: %@",
                              elapsed, s.candidates, Double(s.candidates) / max(elapsed, 0.001), s.finds, s.improvements, lastText)
            if interactive {
                FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8))
            } else if tick % 10 == 0 {
                log(line)
            }
        }
        if interactive { print("") }
        sink.flush(force: true)
        let s = session.statistics
        let elapsed = Double(monotonicNanoseconds() - mining) / 1e9
        let busy = Double(s.generateNanos + s.evaluateNanos + s.matchNanos + s.verifyNanos)
        func share(_ x: UInt64) -> String { String(format: "%.0f%%", busy > 0 ? 100 * Double(x) / busy : 0) }
        print(String(format: "mined %.1f s with %d jobs: %d candidates (%.0f per second), %d repeated programs, %d stopped by the prefix filter, %d duplicates, %d screened out, %d lookups, %d hits, %d verified, %d rejected",
                     elapsed, jobs, s.candidates, Double(s.candidates) / max(elapsed, 0.001), s.repeatedPrograms, s.prefixRejected, s.duplicates, s.screenedOut, s.lookups, s.hits, s.verified, s.rejected))
        print("time: generating \(share(s.generateNanos)), evaluating \(share(s.evaluateNanos)), matching \(share(s.matchNanos)), verifying \(share(s.verifyNanos)) (full checks \(share(s.checkNanos)), minimizing \(share(s.minimizeNanos)) and storing \(share(s.storeNanos - s.minimizeNanos)) finds); slowest candidate \(String(format: "%.2f", Double(s.slowestCandidateNanos) / 1e9)) s")
        print("rejected: \(s.rejectedPredicted) by predicted terms, \(s.rejectedEarly) by the first terms of the extended program, \(s.rejectedLate) by the full check, \(s.rejectedBeyond) beyond the known terms, \(s.rejectedUnderdetermined) as underdetermined, \(s.withdrawn) finds withdrawn as ambiguous, \(s.memoRejected) by earlier rejections; \(s.mechanicalSkipped) targets left out whose known terms cannot settle a program (skipMechanical)")
        print("remembered: \(s.quietCells) cells not looked up again, \(s.settledCells) cells settled before, \(s.barrenCells) cells extended in vain before, \(s.earlyDuplicates) duplicates known by their first terms"
              + (s.wrongEarlyDuplicates > 0 ? " (\(s.wrongEarlyDuplicates) of them with new screened terms)" : ""))
        let finds = session.finds.sorted { $0.sequence.id < $1.sequence.id }
        print(LengthReport(session.finds, published: data.loadPublishedLengths()).summary)
        reportBFileProblems(session.bfiles)
        let why = sink.reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("found \(s.finds) new and \(s.improvements) better programs" + (why.isEmpty ? "" : " (\(why))")
              + (finds.isEmpty ? "" : ": " + Array(Set(finds.map(\.sequence.id))).sorted().map(\.description).joined(separator: " ")))
    }

    func loadProfile() throws -> MiningProfile { loadMiningProfile(profile, from: profiles) }

    func secondsSince(_ t: UInt64) -> String { String(format: "%.1f", Double(monotonicNanoseconds() - t) / 1e9) }
}
