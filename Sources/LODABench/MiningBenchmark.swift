import Foundation
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences

/// `miner bench --suite mining`: mines from an empty programs folder with a fixed seed and
/// reports the candidates and finds per CPU-second.
public enum MiningBenchmark {
    /// Mines the sequences of `index` (as `miner mine` opens them: mapped from the index cache)
    /// for `seconds` on `jobs` threads; `published` gives the published programs' lengths, the
    /// yardstick of the length report. The peak memory is the whole process's, as for a miner.
    public static func run(index: SequenceIndex, jobs: Int, seconds: Double, published: [SequenceID: Int]) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProgramStore(root: folder)
        store.directory.remembersMissing = true
        let sink = StoreSink(store) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let session = MiningSession(
            index: index, profile: .standard, sink: sink,
            resolver: store.directory, seeds: [], callable: [])
        let cpu0 = processCPUSeconds()
        let t0 = monotonicNanoseconds()
        MiningRun(session: session, jobs: jobs, seed: 1, deadline: t0 + UInt64(seconds * 1e9)).run()
        sink.flush(force: true)
        let wall = Double(monotonicNanoseconds() - t0) / 1e9
        let cpu = processCPUSeconds() - cpu0
        let s = session.statistics
        return [
            "== mining (\(jobs) job\(jobs == 1 ? "" : "s"), seed 1, empty programs folder, \(Int(seconds)) s)",
            String(format: "candidates: %d in %.1f s wall, %.1f s CPU: %.0f per CPU-second", s.candidates, wall, cpu, Double(s.candidates) / max(cpu, 0.001)),
            String(format: "distinct sequences found: %d (%.0f per CPU-minute)", s.finds, Double(s.finds) / max(cpu, 0.001) * 60),
            "time: \(s.stageShares)",
            "found \(s.finds) new and \(s.improvements) better programs",
            String(
                format: "slowest candidate %.2f s; duplicates %d, screened out %d, hits %d, rejected %d", Double(s.slowestCandidateNanos) / 1e9,
                s.duplicates, s.screenedOut, s.hits, s.rejected),
            LengthReport(session.finds, published: published).summary,
            String(format: "peak memory %.0f MiB", memoryMiB().peak)
        ].joined(separator: "\n")
    }
}
