import Foundation
import LODACore
import LODAEvaluator
import LODASearch
import LODASequences
import Synchronization

/// Connects the miner to the programs folder: the replacement policy decides, writes are
/// atomic. A new program is written (and flushed to disk) at once. A better program for a
/// sequence this run already wrote is decided from the figures the miner measured and the
/// stored program's, and written at the next `flush` (every few seconds and at the end): a
/// sequence improved several times in a row is written once, and a crash loses at most the
/// improvements of those seconds, never a new program.
public final class StoreSink: FindSink {
    public let store: ProgramStore
    static let flushSeconds: UInt64 = 5
    /// Sequences that had a program before this run (never withdrawn).
    private let before: Set<SequenceID>

    private struct State {
        /// The check figures of the programs written (or waiting to be written) in this run.
        var figures: [SequenceID: ReplacementPolicy.Candidate] = [:]
        var pending: [SequenceID: (Program, IntegerSequence)] = [:]
        var lastFlush = monotonicNanoseconds()
        /// Why stored programs were replaced: more terms, corrected, shorter, faster.
        var reasons: [String: Int] = [:]
        var withdrawn: [SequenceID] = []
    }
    private let state = Mutex(State())

    /// Told about a write that failed (that improvement is dropped).
    let reportError: @Sendable (String) -> Void

    public init(_ store: ProgramStore, reportError: @escaping @Sendable (String) -> Void) {
        self.store = store
        self.reportError = reportError
        before = ProgramDirectory.solvedSequences(below: store.root)
    }

    /// Why stored programs were replaced: more terms, corrected, shorter, faster.
    public var reasons: [String: Int] { state.withLock { $0.reasons } }
    /// The sequences whose programs this run took back.
    public var withdrawn: [SequenceID] { state.withLock { $0.withdrawn } }

    public func accept(_ program: Program, for sequence: IntegerSequence, worker: Int, figures measured: FindFigures?) -> FindOutcome {
        state.withLock { s in
            var program = program
            program.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
            // (the programs waiting to be written are the ones a call would reach once they are)
            let latest = Dictionary(uniqueKeysWithValues: s.pending.map { (ProgramID(number: $0.key.number), $0.value.0) })
            if program.mayCall(ProgramID(number: sequence.id.number), resolver: store.directory, latest: latest) { return .kept }
            let new = measured.map {
                ReplacementPolicy.Candidate(
                    correctTerms: $0.correctTerms, passes: true, totalSteps: $0.totalSteps,
                    length: program.code.count)
            }
            if let new, let old = s.figures[sequence.id] {
                let decision = ReplacementPolicy.decide(existing: old, new: new)
                guard decision.writes, store.breakage(replacing: sequence, with: program, latest: latest) == nil else { return .kept }
                store.dependents?.graph.update(ProgramID(number: sequence.id.number), program)
                if let reason = ReplacementPolicy.reason(decision) { s.reasons[reason, default: 0] += 1 }
                s.figures[sequence.id] = new
                s.pending[sequence.id] = (program, sequence)
                flushIfDue(&s)
                return .improved
            }
            guard let decision = try? store.store(program, for: sequence, seconds: 0.25, verified: true, latest: latest) else { return .kept }
            if decision.writes {
                s.figures[sequence.id] = new ?? ProgramStore.assess(program, for: sequence, resolver: store.directory, seconds: 0.25)
                s.pending[sequence.id] = nil
            }
            switch decision {
            case .add: return .added
            case .replace:
                if let reason = ReplacementPolicy.reason(decision) { s.reasons[reason, default: 0] += 1 }
                return .improved
            case .keep: return .kept
            }
        }
    }

    /// Takes back the program this run stored for `sequence`: its file is removed (or its
    /// waiting improvement dropped). Programs that were in the folder before the run stay.
    public func withdraw(_ sequence: IntegerSequence) -> Bool {
        state.withLock { s in
            guard s.figures[sequence.id] != nil, !before.contains(sequence.id) else { return false }
            s.figures[sequence.id] = nil
            s.pending[sequence.id] = nil
            let id = ProgramID(number: sequence.id.number)
            try? FileManager.default.removeItem(atPath: store.directory.path(for: id))
            store.directory.noteWritten(id)
            s.withdrawn.append(sequence.id)
            return true
        }
    }

    /// Writes the improvements waiting, if the last flush is some seconds ago (or `force`).
    public func flush(force: Bool = false) {
        state.withLock { s in flushIfDue(&s, force: force) }
    }

    private func flushIfDue(_ s: inout State, force: Bool = false) {
        guard force || monotonicNanoseconds() - s.lastFlush >= StoreSink.flushSeconds * 1_000_000_000 else { return }
        s.lastFlush = monotonicNanoseconds()
        for (id, (program, sequence)) in s.pending.sorted(by: { $0.key < $1.key }) {
            do { try store.write(program, for: sequence) } catch { reportError("\(error)") }
            s.pending[id] = nil
        }
    }
}
