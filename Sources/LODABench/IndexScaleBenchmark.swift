import Foundation
import LODANumber
import LODASequences

/// `miner bench --suite sequences` at OEIS scale: `miner lookup` as a separate process (so
/// that its peak memory is its own) on the shipped data and on 390,000 sequences (the
/// shipped rows plus synthetic ones made from them), without the index cache, building it,
/// and mapping it; and the peak memory of a one- and a two-job miner.
public enum IndexScaleBenchmark {
    static let query = "0,1,1,2,3,5,8,13,21,34,55,89"

    /// `miner` is the executable whose lookups and mining runs are measured.
    public static func run(miner: String, stripped: String, names: String?, offsets: String?, target: Int = 390_000) throws -> String {
        try withTemporaryFolder("scale") { folder in
            try run(miner: miner, stripped: stripped, names: names, offsets: offsets, target: target, folder: folder)
        }
    }

    static func run(miner: String, stripped: String, names: String?, offsets: String?, target: Int, folder: String) throws -> String {
        var lines: [String] = []
        let shippedArguments = ["--sequences", stripped] + (names.map { ["--names", $0] } ?? []) + (offsets.map { ["--offsets", $0] } ?? [])
        let (database, _) = try SequenceDatabase.load(stripped: stripped, names: names, offsets: offsets)
        let large = try writeLarge(database, count: target, folder: folder)
        for (label, arguments) in [("\(database.count)", shippedArguments), ("\(target)", ["--sequences", large.stripped, "--names", large.names])] {
            let cache = folder + "/cache-\(label)"
            func lookup(_ extra: [String]) throws -> (status: Int32, seconds: Double, peakMiB: Double) {
                try spawnAndMeasure(miner, ["lookup", query] + arguments + extra)
            }
            let plain = try lookup(["--no-index-cache"])
            let build = try lookup(["--index-cache", cache])
            var mapped: [(status: Int32, seconds: Double, peakMiB: Double)] = []
            for _ in 0..<5 { mapped.append(try lookup(["--index-cache", cache])) }
            mapped.sort { $0.seconds < $1.seconds }
            let size = ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).reduce(0) { total, name in
                total + ((try? FileManager.default.attributesOfItem(atPath: cache + "/" + name)[.size] as? Int) ?? 0)
            }
            let failed = ([plain, build] + mapped).contains { $0.status != 0 }
            lines.append(
                "lookup at \(label) sequences\(failed ? " (A RUN FAILED)" : ""): without the cache \(fmt(plain.seconds)) s, peak \(fmt(plain.peakMiB, 0)) MiB; "
                    + "building it \(fmt(build.seconds)) s, peak \(fmt(build.peakMiB, 0)) MiB; "
                    + "with it \(fmt(mapped[2].seconds, 3)) s (median of 5), peak \(fmt(mapped[2].peakMiB, 0)) MiB; cache file \(fmt(Double(size) / 1_048_576, 0)) MiB")
        }
        // Memory of one process with one and two mining jobs (shared database and index).
        let programs = folder + "/programs"
        try FileManager.default.createDirectory(atPath: programs, withIntermediateDirectories: true)
        var peaks: [Double] = []
        for jobs in [1, 2] {
            let run = try spawnAndMeasure(
                miner,
                [
                    "mine", "--minutes", "0.5", "--jobs", String(jobs), "--seed", "1", "--programs", programs,
                    "--index-cache", folder + "/cache-\(database.count)"
                ] + shippedArguments)
            peaks.append(run.peakMiB)
            try? FileManager.default.removeItem(atPath: programs)
            try FileManager.default.createDirectory(atPath: programs, withIntermediateDirectories: true)
        }
        lines.append("mining 30 s from an empty programs folder, shipped data: peak \(fmt(peaks[0], 0)) MiB with 1 job, \(fmt(peaks[1], 0)) MiB with 2 jobs")
        return lines.joined(separator: "\n")
    }

    /// The shipped rows plus synthetic ones (A400000 on: a shipped row's terms plus a small
    /// constant), up to `count` sequences, in the OEIS stripped and names formats.
    static func writeLarge(_ database: SequenceDatabase, count: Int, folder: String) throws -> (stripped: String, names: String) {
        var stripped = "", names = ""
        stripped.reserveCapacity(120 << 20)
        for s in database.sequences {
            stripped += "\(s.id) ,\(s.terms.map(\.description).joined(separator: ",")),\n"
            names += "\(s.id) \(s.name)\n"
        }
        for i in 0..<max(0, count - database.count) {
            let source = database.sequences[i % database.count]
            let shift = Number(i % 97 + 1)
            let terms = source.terms.map { (Semantics.calc(.add, $0, shift) ?? $0).description }
            let id = SequenceID(400_000 + i)
            stripped += "\(id) ,\(terms.joined(separator: ",")),\n"
            names += "\(id) Synthetic: \(source.id) plus \(i % 97 + 1).\n"
        }
        let paths = (folder + "/stripped", folder + "/names")
        try stripped.write(toFile: paths.0, atomically: false, encoding: .utf8)
        try names.write(toFile: paths.1, atomically: false, encoding: .utf8)
        return paths
    }

    static func fmt(_ v: Double, _ digits: Int = 2) -> String { InterpreterBenchmark.format(v, digits) }
}
