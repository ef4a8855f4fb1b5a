import Foundation
import LODANumber
import LODASequences
import Testing

/// The index cache: a mapped cache answers exactly as an index built in memory, follows the
/// data when it changes, and is rebuilt, never used, when truncated or corrupt.
@Suite(.serialized)
struct IndexCacheTests {
    /// A few thousand shipped rows (with names and offsets) in a fresh folder.
    static func data() throws -> (folder: String, stripped: String, names: String, offsets: String) {
        let folder = NSTemporaryDirectory() + "lodestone-index-cache-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (database, _) = try SequenceDatabase.load(
            stripped: Fixtures.repository + "/sequences/stripped.gz",
            names: Fixtures.repository + "/sequences/names.gz",
            offsets: Fixtures.repository + "/sequences/offsets.gz",
            only: Set((1...6000).map { SequenceID($0) }))
        var stripped = "", names = "", offsets = ""
        for s in database.sequences {
            stripped += "\(s.id) ,\(s.terms.map(\.description).joined(separator: ",")),\n"
            names += "\(s.id) \(s.name)\n"
            offsets += "\(s.id): \(s.offset)\n"
        }
        let paths = (folder + "/stripped", folder + "/names", folder + "/offsets")
        try stripped.write(toFile: paths.0, atomically: true, encoding: .utf8)
        try names.write(toFile: paths.1, atomically: true, encoding: .utf8)
        try offsets.write(toFile: paths.2, atomically: true, encoding: .utf8)
        return (folder, paths.0, paths.1, paths.2)
    }

    static func open(_ d: (folder: String, stripped: String, names: String, offsets: String)) throws -> (SequenceDatabase, SequenceIndex, IndexCache.Outcome) {
        let (database, index, outcome, _) = try IndexCache.open(
            stripped: d.stripped, names: d.names, offsets: d.offsets,
            cachePath: d.folder + "/cache.bin")
        return (database, index, outcome)
    }

    /// Every hit of every matcher, as text, for a set of candidates: real prefixes and noise.
    static func answers(_ index: SequenceIndex, _ candidates: [[Int]]) -> [String] {
        candidates.map { c in
            var hits: [String] = []
            index.lookup(c) { m in
                hits.append("\(m.matcher):\(index.database.id(at: m.sequence)):\(m.candidate):\(m.target):\(m.agreeing)")
                return true
            }
            return hits.sorted().joined(separator: " ")
        }
    }

    static func candidates(_ database: SequenceDatabase) -> [[Int]] {
        var out: [[Int]] = []
        for p in stride(from: 0, to: database.count, by: 37) {
            if let prefix = database.smallPrefix(at: p, 16), prefix.count >= 8 { out.append(prefix) }
        }
        out.append([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
        out.append(Array(1...12))
        return out
    }

    @Test func mappedCacheAnswersAsTheIndexInMemory() throws {
        let d = try Self.data()
        defer { try? FileManager.default.removeItem(atPath: d.folder) }
        let (built, builtIndex, first) = try Self.open(d)
        guard case .built(let path, _) = first else { Issue.record("expected a build, got \(first)"); return }
        #expect(path == d.folder + "/cache.bin")
        let (mapped, mappedIndex, second) = try Self.open(d)
        guard case .mapped = second else { Issue.record("expected the mapped cache, got \(second)"); return }
        // The same sequences, terms, names and offsets as the files loaded one `Number` per term.
        let (loaded, _) = try SequenceDatabase.load(stripped: d.stripped, names: d.names, offsets: d.offsets)
        #expect(mapped.count == built.count && built.count == loaded.count && mapped.count > 2000)
        for p in 0..<mapped.count {
            let a = mapped.sequences[p], b = built.sequences[p], c = loaded.sequences[p]
            #expect(a.id == c.id && a.terms == c.terms && a.name == c.name && a.offset == c.offset, "\(a.id)")
            #expect(b.id == c.id && b.terms == c.terms && b.name == c.name && b.offset == c.offset, "\(b.id)")
            if a.id != c.id || a.terms != c.terms || b.terms != c.terms { break }
        }
        #expect(mapped.position(of: SequenceID(45)) == built.position(of: SequenceID(45)))
        #expect(mapped.position(of: SequenceID(999_999)) == nil)
        // The same hits, through every matcher.
        let candidates = Self.candidates(built)
        let inMemory = Self.answers(SequenceIndex(loaded), candidates)
        #expect(Self.answers(builtIndex, candidates) == inMemory)
        #expect(Self.answers(mappedIndex, candidates) == inMemory)
        #expect(inMemory.filter { !$0.isEmpty }.count > candidates.count / 2)
        // Leaving sequences out of the shared index equals indexing the others.
        let left = Set((1...3000).map { SequenceID($0) })
        let others = SequenceDatabase(built.sequences.filter { !left.contains($0.id) })
        let narrowed = mappedIndex.excluding(left)
        let viaExclusion = candidates.map { c in
            var hits: [String] = []
            narrowed.lookup(c) { m in
                hits.append("\(m.matcher):\(mapped.id(at: m.sequence))"); return true
            }
            return hits.sorted()
        }
        let otherIndex = SequenceIndex(others)
        let viaFiltering = candidates.map { c in
            var hits: [String] = []
            otherIndex.lookup(c) { m in
                hits.append("\(m.matcher):\(others.id(at: m.sequence))"); return true
            }
            return hits.sorted()
        }
        #expect(viaExclusion == viaFiltering)
    }

    /// Rows kept as bytes read as the same sequences as rows parsed into numbers, whatever
    /// the file's order, repeats, comments, spacing, big terms and malformed lines.
    @Test func recordsReadAsParsedRows() throws {
        let folder = NSTemporaryDirectory() + "lodestone-records-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = "-" + String(repeating: "98765432109876543210", count: 3)
        let rows = [
            "# OEIS data", "A000045 ,0,1,1,2,3,5,8,13,21,34,", "A000012 ,1,1,1,1,1,1,1,1,1,1,1,1,", "A000004 ,  ",
            "A000027 ,1,2,3,4,5,6,7,8,9,10,  ", "A000045 ,0,1,1,2,3,5,8,13,21,34,55,89,", "A000001 ,\(big),007,-0,",
            "A000002 ,1,,2,", "nonsense", "A000003 ,1,2,x,", ""
        ]
        let stripped = folder + "/stripped", names = folder + "/names", offsets = folder + "/offsets"
        try rows.joined(separator: "\n").write(toFile: stripped, atomically: true, encoding: .utf8)
        try "A000045 Fibonacci numbers.\nA000027 The positive integers.\n".write(toFile: names, atomically: true, encoding: .utf8)
        try "A000027: 1\nA000045: 0\n".write(toFile: offsets, atomically: true, encoding: .utf8)
        let (records, recordReport) = try SequenceDatabase.loadRecords(stripped: stripped, names: names, offsets: offsets)
        let (parsed, parsedReport) = try SequenceDatabase.load(stripped: stripped, names: names, offsets: offsets)
        #expect(records.sequences.map(\.id.number) == [1, 4, 12, 27, 45])
        #expect(parsed.sequences.map(\.id.number) == [1, 4, 12, 27, 45])
        for (a, b) in zip(records.sequences, parsed.sequences) {
            #expect(a.id == b.id && a.terms == b.terms && a.name == b.name && a.offset == b.offset, "\(a.id)")
        }
        #expect(records[SequenceID(45)]?.terms.count == 12, "the later row of a repeated id wins")
        #expect(records[SequenceID(1)]?.terms.map(\.description) == [big, "7", "0"])
        #expect(records[SequenceID(27)]?.offset == 1 && records[SequenceID(27)]?.name == "The positive integers.")
        #expect(records.smallPrefix(at: records.position(of: SequenceID(1))!, 2) == nil, "a big first term is not an Int")
        #expect(records.smallPrefix(at: records.position(of: SequenceID(45))!, 12) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
        #expect(recordReport.stripped.loaded == parsedReport.stripped.loaded && recordReport.stripped.loaded == 6)
        #expect(recordReport.stripped.malformed.map(\.description) == parsedReport.stripped.malformed.map(\.description))
        #expect(recordReport.stripped.malformed.count == 3)
    }

    @Test func changedDataRebuildsTheCache() throws {
        let d = try Self.data()
        defer { try? FileManager.default.removeItem(atPath: d.folder) }
        _ = try Self.open(d)
        // A new row: the key (size, time, content) changes, the cache is rebuilt with it.
        let handle = try #require(FileHandle(forWritingAtPath: d.stripped))
        handle.seekToEndOfFile()
        handle.write(Data("A999998 ,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,\n".utf8))
        try handle.close()
        let (database, _, outcome) = try Self.open(d)
        guard case .built(_, let reason) = outcome else { Issue.record("expected a rebuild, got \(outcome)"); return }
        #expect(reason == "the data files changed")
        #expect(database[SequenceID(999_998)]?.terms.count == 16)
        let (again, _, mapped) = try Self.open(d)
        guard case .mapped = mapped else { Issue.record("expected the mapped cache, got \(mapped)"); return }
        #expect(again[SequenceID(999_998)]?.terms.count == 16)
    }

    @Test(arguments: ["truncated", "corrupt", "garbage"])
    func damagedCacheIsRebuiltNotUsed(_ damage: String) throws {
        let d = try Self.data()
        defer { try? FileManager.default.removeItem(atPath: d.folder) }
        let (built, _, _) = try Self.open(d)
        let path = d.folder + "/cache.bin"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "corrupt": bytes[bytes.count - 1000] ^= 0x40
        default: bytes = Data(repeating: 0x5A, count: 4096)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let (database, index, outcome) = try Self.open(d)
        guard case .built(_, let reason) = outcome else { Issue.record("a damaged cache was used: \(outcome)"); return }
        let expected = ["truncated": "the cache is truncated", "corrupt": "the cache is corrupt (checksum)", "garbage": "not a cache of this version"]
        #expect(reason == expected[damage])
        #expect(database.count == built.count)
        #expect(Self.answers(index, Self.candidates(database)) == Self.answers(SequenceIndex(built), Self.candidates(built)))
        // And the rewritten cache is good again.
        guard case .mapped = try Self.open(d).2 else { Issue.record("the cache was not rewritten"); return }
    }
}
