import LODAEvaluator
import LODANumber
import LODASequences

#if canImport(Glibc)
    import Glibc
#endif

/// User + system CPU time of this process, in seconds.
public func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Resident and peak memory of this process, in MiB (from /proc/self/status).
public func memoryMiB() -> (resident: Double, peak: Double) {
    guard let f = fopen("/proc/self/status", "r") else { return (0, 0) }
    defer { fclose(f) }
    var resident = 0.0, peak = 0.0
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let kb = Double(text.split(separator: " ").compactMap { Int($0) }.first ?? 0)
        if text.hasPrefix("VmRSS:") { resident = kb / 1024 }
        if text.hasPrefix("VmHWM:") { peak = kb / 1024 }
    }
    return (resident, peak)
}

/// The sequence side of `miner bench`: loading, indexing, lookups, coverage.
public enum SequenceBenchmark {
    public static func run(stripped: String, names: String?, offsets: String?, lookups: Int = 1_000_000) throws -> String {
        var lines: [String] = []
        let before = memoryMiB()
        let wall0 = monotonicNanoseconds()
        let t0 = threadCPUSeconds()
        let (database, report) = try SequenceDatabase.load(stripped: stripped, names: names, offsets: offsets)
        let loadCPU = threadCPUSeconds() - t0
        let loadWall = Double(monotonicNanoseconds() - wall0) / 1e9
        let afterLoad = memoryMiB()
        lines.append(
            "load: \(database.count) sequences (\(report.malformed.count) malformed lines) in \(fmt(loadWall)) s wall, \(fmt(loadCPU)) s CPU; memory +\(fmt(afterLoad.resident - before.resident, 0)) MiB (peak \(fmt(afterLoad.peak, 0)) MiB)"
        )
        let t1 = threadCPUSeconds()
        let index = SequenceIndex(database)
        let afterIndex = memoryMiB()
        lines.append(
            "index: \(index.matchers.count) matchers in \(fmt(threadCPUSeconds() - t1)) s CPU; memory +\(fmt(afterIndex.resident - afterLoad.resident, 0)) MiB (peak \(fmt(afterIndex.peak, 0)) MiB)"
        )

        // Candidate vectors: small random walks (mostly misses, as in mining) and every
        // 16th a real prefix (a hit), 12 terms each.
        var g = SplitMix64(state: 2026)
        let real = database.sequences.compactMap { $0.smallPrefix(SequenceIndex.storedLength) }.filter { $0.count >= SequenceIndex.storedLength }
        let vectors: [[Int]] = (0..<4096).map { i in
            if i % 16 == 0 { return real[Int(g.next() % UInt64(real.count))] }
            var v = Int(g.next() % 5)
            return (0..<SequenceIndex.storedLength).map { _ in
                v += Int(g.next() % 7) - 2; return v
            }
        }
        var hits = 0
        let t2 = threadCPUSeconds()
        for i in 0..<lookups {
            vectors[i & 4095].withUnsafeBufferPointer { p in
                index.lookupDirect(p) { _ in
                    hits += 1; return true
                }
            }
        }
        let direct = Double(lookups) / (threadCPUSeconds() - t2)
        let all = lookups / 5
        var allHits = 0
        let t3 = threadCPUSeconds()
        for i in 0..<all {
            index.lookup(vectors[i & 4095]) { _ in
                allHits += 1; return true
            }
        }
        let everything = Double(all) / (threadCPUSeconds() - t3)
        lines.append(
            "lookups: direct \(fmt(direct / 1e6, 2)) M/s (\(hits) hits in \(lookups)); all \(index.matchers.count) matchers \(fmt(everything / 1e3, 0)) k/s (\(allHits) hits in \(all))"
        )
        lines.append("")
        lines.append(pad("matcher", 10) + lpad("indexed", 10) + lpad("keys", 10) + lpad("skipped", 10))
        for c in index.coverage {
            lines.append(pad(c.matcher, 10) + lpad(String(c.indexed), 10) + lpad(String(c.distinctKeys), 10) + lpad(String(c.skipped), 10))
        }
        return lines.joined(separator: "\n")
    }

    static func fmt(_ x: Double, _ digits: Int = 2) -> String { InterpreterBenchmark.format(x, digits) }
    static func pad(_ s: String, _ n: Int) -> String { InterpreterBenchmark.pad(s, n) }
    static func lpad(_ s: String, _ n: Int) -> String { InterpreterBenchmark.lpad(s, n) }
}
