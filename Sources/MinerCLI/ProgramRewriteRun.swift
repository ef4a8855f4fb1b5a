import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// Runs a rewrite over program files: one program is printed with its header; several get
/// one line each and a summary. With `--write` every changed result goes through the
/// program store, which writes it only when the replacement policy calls it better.
public struct ProgramRewriteRun: Sendable {
    let verb: String
    let paths: [String]
    let directory: ProgramDirectory
    let options: RewriteOptions
    let database: SequenceDatabase?
    let limits: EvaluationLimits

    public init(verb: String, paths: [String], directory: ProgramDirectory, options: RewriteOptions, database: SequenceDatabase?, limits: EvaluationLimits) {
        (self.verb, self.paths, self.directory, self.options, self.database, self.limits) = (verb, paths, directory, options, database, limits)
    }

    /// What one rewrite produced, or why it could not run.
    public enum Outcome: Sendable {
        case rewritten(Program)
        case failed(String)
    }

    /// The counts a run keeps while its workers rewrite.
    struct Tally {
        var next = 0
        var failures = 0, changed = 0, stored = 0
        var before = 0, after = 0
        var reasons: [String: Int] = [:]
    }

    /// Rewrites every program with `rewrite` (called on several threads, with a worker index);
    /// returns the exit status.
    public func run(_ rewrite: @escaping @Sendable (Program, String, Int) -> Outcome) -> Int32 {
        let started = monotonicNanoseconds()
        let store = ProgramStore(root: directory.root)
        if options.write, let database { store.dependents = ProgramPool(folder: directory.root).dependents(database) }
        let single = paths.count == 1
        let tally = Shared(Tally())
        // (evaluation threads: programs with deep seq chains need their big stacks)
        EvaluationThreads.start(min(options.jobs, max(paths.count, 1))) { worker in
            while true {
                let k = tally.withLock { t in
                    t.next += 1
                    return t.next - 1
                }
                guard k < paths.count else { return }
                let path = paths[k]
                let program: Program
                do { program = try ProgramDirectory.load(file: path) } catch {
                    tally.withLock { t in
                        t.failures += 1
                        printError("\(error)")
                    }
                    continue
                }
                let id = ProgramDirectory.sequenceID(of: program, path: path)
                let name = id?.description ?? path
                let outcome = rewrite(program, path, worker)
                guard case .rewritten(let result) = outcome else {
                    if case .failed(let why) = outcome {
                        tally.withLock { t in
                            t.failures += 1
                            printError("\(name): \(why)")
                        }
                    }
                    continue
                }
                var note = ""
                var decision: ReplacementPolicy.Decision?
                if options.write && result.code != program.code {
                    (note, decision) = self.store(result, id: id, store: store)
                }
                tally.withLock { t in
                    if let decision, decision.writes {
                        t.stored += 1
                        if let reason = ReplacementPolicy.reason(decision) { t.reasons[reason, default: 0] += 1 }
                    }
                    t.before += program.code.count
                    t.after += result.code.count
                    if result.code.count < program.code.count { t.changed += 1 }
                    if single {
                        print(result.description, terminator: "")
                        if !note.isEmpty { printError("\(name): \(note)") }
                    } else if !options.quiet {
                        print("\(name) \(program.code.count) -> \(result.code.count) instructions" + (note.isEmpty ? "" : ": \(note)"))
                    }
                }
            }
        }.wait()
        let t = tally.withLock { $0 }
        if !single {
            let n = max(paths.count - t.failures, 1)
            let seconds = Double(monotonicNanoseconds() - started) / 1e9
            var summary = String(
                format: "%@ %d programs in %.1f s: %.2f -> %.2f instructions on average, %d shorter",
                verb, paths.count - t.failures, seconds, Double(t.before) / Double(n), Double(t.after) / Double(n), t.changed)
            if options.write {
                summary += ", \(t.stored) stored"
                if !t.reasons.isEmpty { summary += " (" + t.reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")" }
            }
            if t.failures > 0 { summary += ", \(t.failures) failed" }
            print(summary)
        }
        flushStandardOutput()
        return t.failures > 0 ? 1 : 0
    }

    /// Stores `result` through the program store; returns what happened, in words, and the decision.
    func store(_ result: Program, id: ProgramID?, store: ProgramStore) -> (String, ReplacementPolicy.Decision?) {
        guard let id, let sequence = database?[SequenceID(id.number)] else {
            return ("not stored: no sequence data for \(id?.description ?? "a program without an A-number")", nil)
        }
        let decision: ReplacementPolicy.Decision
        do { decision = try store.store(result, for: sequence, resolver: directory, limits: limits) } catch {
            return ("not stored: \(error)", nil)
        }
        switch decision {
        case .add: return ("stored (new)", decision)
        case .replace(let why): return ("stored (\(why))", decision)
        case .keep(let why): return ("kept the stored program (\(why))", decision)
        }
    }

    /// The sequences of the programs in `paths` (by their A-numbers), for goals and `--write`.
    public static func loadSequences(for paths: [String], data: DataOptions) -> SequenceDatabase {
        var ids = Set<SequenceID>()
        for path in paths {
            if let program = try? ProgramDirectory.load(file: path), let id = ProgramDirectory.sequenceID(of: program, path: path) {
                ids.insert(SequenceID(id.number))
            }
        }
        return data.load(only: ids)
    }
}
