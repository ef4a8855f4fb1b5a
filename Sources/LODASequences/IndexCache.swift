import LODANumber

#if canImport(Glibc)
    import Glibc
#endif

/// The sequence database and its index, built once per data set and kept in a cache file
/// that later runs memory-map: a lookup then reads only the pages it touches, and processes
/// on one machine share them.
///
/// The file starts with a header (magic, format version, the key of the data files it was
/// built from, its length, a checksum of everything after the header, the section table),
/// followed by 8-byte aligned sections: the sequences (ids, offsets, terms as text, names),
/// the first terms as integers, and every matcher's table. A file whose key differs (the
/// data changed: size, time or content), or that is truncated, corrupt or inconsistent, is
/// never used: it is rebuilt, written to a temporary file and renamed into place.
public enum IndexCache {
    static let magic: UInt64 = 0x5849_5453_4544_4F4C  // "LODESTIX"
    static let version: UInt64 = 2

    /// What happened when the cache was opened.
    public enum Outcome: Sendable, CustomStringConvertible {
        case mapped(path: String)
        case built(path: String?, reason: String)

        public var description: String {
            switch self {
            case .mapped(let path): return "index cache \(path)"
            case .built(let path, let reason): return path.map { "built the index cache \($0) (\(reason))" } ?? "index not cached (\(reason))"
            }
        }
    }

    /// Where the cache of `stripped` lives: in `folder` when given, else beside the data when
    /// that folder is writable, else in `~/.cache/lodestone`.
    public static func path(for stripped: String, folder: String? = nil) -> String {
        let absolute = stripped.hasPrefix("/") ? stripped : currentDirectory() + "/" + stripped
        let base = absolute.split(separator: "/").last.map(String.init) ?? "stripped"
        if let folder { return folder + "/lodestone-index-\(hex(fnv(Array(absolute.utf8)))).bin" }
        let dir = String(absolute[..<(absolute.lastIndex(of: "/") ?? absolute.startIndex)])
        if access(dir.isEmpty ? "/" : dir, W_OK) == 0 { return "\(dir)/.\(base).lodestone-index" }
        let home = String(cString: getenv("HOME") ?? strdup("/tmp"))
        let cache = (getenv("XDG_CACHE_HOME").map { String(cString: $0) } ?? home + "/.cache") + "/lodestone"
        return cache + "/index-\(hex(fnv(Array(absolute.utf8)))).bin"
    }

    /// The database and index for the data files: mapped from the cache when it is valid for
    /// them, else loaded and built, and the cache (re)written. `cachePath` nil: no cache.
    public static func open(
        stripped: String, names: String?, offsets: String?, matchers: [any Matcher] = Matchers.all,
        cachePath: String?, progress: ((String) -> Void)? = nil
    ) throws(DataFileError)
        -> (SequenceDatabase, SequenceIndex, Outcome, SequenceDatabase.Report?)
    {
        guard let cachePath else {
            let (database, report) = try SequenceDatabase.loadRecords(stripped: stripped, names: names, offsets: offsets)
            progress?("indexing \(database.count) sequences")
            return (database, SequenceIndex(database, matchers: matchers), .built(path: nil, reason: "no cache asked for"), report)
        }
        let key = try dataKey([stripped, names, offsets], matchers: matchers)
        var reason = "no cache yet"
        if access(cachePath, F_OK) == 0 {
            switch map(cachePath, key: key, matchers: matchers) {
            case .success(let (database, index)): return (database, index, .mapped(path: cachePath), nil)
            case .failure(let problem): reason = problem.description
            }
        }
        progress?("loading \(stripped)")
        let (database, report) = try SequenceDatabase.loadRecords(stripped: stripped, names: names, offsets: offsets)
        progress?("indexing \(database.count) sequences")
        let index = SequenceIndex(database, matchers: matchers)
        progress?("writing \(cachePath)")
        do {
            try write(database, index, key: key, to: cachePath)
            return (database, index, .built(path: cachePath, reason: reason), report)
        } catch {
            return (database, index, .built(path: nil, reason: "\(reason); cannot write \(cachePath): \(error.description)"), report)
        }
    }

    /// The database from the cache when it is valid for the data files, else nil (never builds).
    public static func mappedIfValid(
        stripped: String, names: String?, offsets: String?, matchers: [any Matcher] = Matchers.all,
        cachePath: String
    ) -> SequenceDatabase? {
        guard access(cachePath, F_OK) == 0, let key = try? dataKey([stripped, names, offsets], matchers: matchers),
            case .success(let (database, _)) = map(cachePath, key: key, matchers: matchers)
        else { return nil }
        return database
    }

    // MARK: - The key of the data files

    /// A hash of the format, the matchers, and every data file's size, modification time and content.
    static func dataKey(_ files: [String?], matchers: [any Matcher]) throws(DataFileError) -> UInt64 {
        var h = fnv(Array("v\(version) \(matchers.map(\.name).joined(separator: ",")) \(MemoryLayout<Parameters>.stride)".utf8))
        for file in files {
            guard let file else {
                h = mix(h, 0)
                continue
            }
            var st = stat()
            guard stat(file, &st) == 0 else { throw DataFileError(path: file, line: nil, message: "cannot read: \(String(cString: strerror(errno)))") }
            h = mix(h, UInt64(st.st_size))
            h = mix(h, UInt64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(st.st_mtim.tv_nsec))
            h = mix(h, try contentHash(file))
        }
        return h
    }

    static func contentHash(_ path: String) throws(DataFileError) -> UInt64 {
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw DataFileError(path: path, line: nil, message: "cannot read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n <= 0 { break }
            h = mix(h, checksum(UnsafeRawBufferPointer(start: buffer, count: n)))
        }
        return h
    }

    // MARK: - Hashing

    static func fnv(_ bytes: [UInt8]) -> UInt64 { FNV1a.hash(bytes) }

    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// A fast checksum of bytes, eight at a time.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = UInt64(bytes.count)
        let words = bytes.count / 8
        var a: UInt64 = 0x243F_6A88_85A3_08D3, b: UInt64 = 0x1319_8A2E_0370_7344
        var i = 0
        while i + 1 < words {
            a = (a ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            b = (b ^ bytes.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self)) &* 0xC2B2_AE3D_27D4_EB4F
            a = (a << 31) | (a >> 33)
            b = (b << 29) | (b >> 35)
            i += 2
        }
        if i < words { a ^= bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) }
        for k in (words * 8)..<bytes.count { b = FNV1a.mix(b, UInt64(bytes[k])) }
        h = mix(h, a)
        return mix(h, b)
    }

    static let chunk = 8 << 20

    /// A section's checksum, computed over 8 MiB chunks; `release` is called after each chunk
    /// (the mapped reader drops the chunk's pages from its resident set: they stay in the
    /// page cache, and a lookup faults in only the pages it reads).
    static func sectionChecksum(_ bytes: UnsafeRawBufferPointer, release: (UnsafeRawBufferPointer) -> Void = { _ in }) -> UInt64 {
        var h = UInt64(bytes.count)
        var start = 0
        repeat {
            let end = min(bytes.count, start + chunk)
            let part = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            h = mix(h, checksum(part))
            release(part)
            start = end
        } while start < bytes.count
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: - Writing

    static let headerWords = 8

    /// The sections in file order (each a byte region of a slab or of a small array).
    static func sections(_ database: SequenceDatabase, _ index: SequenceIndex) -> (meta: [Int64], parts: [UnsafeRawBufferPointer], keep: [Any]) {
        var meta: [Int64] = [Int64(database.count), Int64(index.tables.count)]
        for t in index.tables { meta.append(Int64(t.skipped)) }
        func raw<T>(_ a: [T]) -> UnsafeRawBufferPointer {
            // The arrays are kept alive in `keep` until the file is written.
            a.withUnsafeBytes { UnsafeRawBufferPointer(start: $0.baseAddress, count: $0.count) }
        }
        func raw<T>(_ s: Slab<T>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: UnsafeRawPointer(s.base), count: s.byteCount) }
        let records = database.mapped ?? encodeRecords(database)
        var parts: [UnsafeRawBufferPointer] = [
            raw(meta), raw(records.ids), raw(records.offsets), raw(records.termStart), raw(records.termBytes), raw(records.nameStart),
            raw(records.nameBytes), raw(database.early), raw(database.earlyCount), raw(database.earlyBig)
        ]
        for t in index.tables {
            parts += [
                raw(t.buckets.keys), raw(t.buckets.values), raw(t.nextGroup), raw(t.fullBuckets.keys), raw(t.fullBuckets.values),
                raw(t.shortBuckets.keys), raw(t.shortBuckets.values), raw(t.fullBits), raw(t.shortBits), raw(t.nextFull),
                raw(t.keys), raw(t.lengths), raw(t.groupStart), raw(t.sequence), raw(t.parameters)
            ]
        }
        return (meta, parts, [meta, records])
    }

    /// The records of a database held as an array: each row as the stripped file writes it.
    static func encodeRecords(_ database: SequenceDatabase) -> MappedSequences {
        var ids: [Int32] = [], offsets: [Int32] = [], termStart: [Int64] = [0], nameStart: [Int64] = [0]
        var termBytes: [UInt8] = [], nameBytes: [UInt8] = []
        for s in database.sequences {
            ids.append(Int32(truncatingIfNeeded: s.id.number))
            offsets.append(Int32(truncatingIfNeeded: s.offset))
            termBytes.append(UInt8(ascii: ","))
            for t in s.terms {
                termBytes.append(contentsOf: t.description.utf8)
                termBytes.append(UInt8(ascii: ","))
            }
            termStart.append(Int64(termBytes.count))
            nameBytes.append(contentsOf: s.name.utf8)
            nameStart.append(Int64(nameBytes.count))
        }
        let owner = SlabOwner()
        return MappedSequences(
            ids: owner.slab(ids), offsets: owner.slab(offsets), termStart: owner.slab(termStart), termBytes: owner.slab(termBytes),
            nameStart: owner.slab(nameStart), nameBytes: owner.slab(nameBytes), owner: owner)
    }

    static let sectionsPerTable = 15
    static let databaseSections = 10

    struct WriteError: Error, CustomStringConvertible { let description: String }

    static func write(_ database: SequenceDatabase, _ index: SequenceIndex, key: UInt64, to path: String) throws(WriteError) {
        let (_, parts, keep) = sections(database, index)
        defer { withExtendedLifetime(keep) {} }
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !dir.isEmpty { makeFolders(dir) }
        // Layout: header, section table (offset, length per section), sections aligned to 8.
        var table: [UInt64] = []
        var offset = UInt64((headerWords + 2 * parts.count) * 8)
        for p in parts {
            table += [offset, UInt64(p.count)]
            offset += UInt64((p.count + 7) / 8 * 8)
        }
        let total = offset
        let temporary = path + ".tmp-\(getpid())"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        var ok = true
        func put(_ bytes: UnsafeRawBufferPointer) {
            var done = 0
            while ok && done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n <= 0 { ok = false } else { done += n }
            }
        }
        // The checksum covers the section table and the sections, padding included.
        var body: [UInt8] = []
        table.withUnsafeBytes { body += $0 }
        let zeros = [UInt8](repeating: 0, count: 8)
        var sum = body.withUnsafeBytes { checksum($0) }
        for p in parts {
            let padded = (p.count + 7) / 8 * 8
            sum = mix(sum, sectionChecksum(p))
            sum = mix(sum, UInt64(padded))
        }
        let header: [UInt64] = [magic, version, key, total, sum, UInt64(parts.count), 0, 0]
        header.withUnsafeBytes { put($0) }
        body.withUnsafeBytes { put($0) }
        for p in parts {
            if p.count > 0 { put(p) }
            let pad = (p.count + 7) / 8 * 8 - p.count
            if pad > 0 { zeros.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0[0..<pad])) } }
        }
        if ok { ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(description: problem)
        }
    }

    static func makeFolders(_ dir: String) {
        var path = ""
        for part in dir.split(separator: "/") {
            path += "/" + part
            if access(path, F_OK) != 0 { mkdir(path, 0o755) }
        }
    }

    // MARK: - Mapping

    struct Invalid: Error, CustomStringConvertible { let description: String }

    static func map(_ path: String, key: UInt64, matchers: [any Matcher]) -> Result<(SequenceDatabase, SequenceIndex), Invalid> {
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(Invalid(description: "cannot open the cache")) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(Invalid(description: "cannot read the cache")) }
        let size = Int(st.st_size)
        guard size >= headerWords * 8 else { return .failure(Invalid(description: "the cache is truncated")) }
        guard let base = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0), base != MAP_FAILED else {
            return .failure(Invalid(description: "cannot map the cache"))
        }
        let owner = SlabOwner(mapping: base, length: size)
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        func word(_ i: Int) -> UInt64 { bytes.load(fromByteOffset: i * 8, as: UInt64.self) }
        guard word(0) == magic, word(1) == version else { return .failure(Invalid(description: "not a cache of this version")) }
        guard word(2) == key else { return .failure(Invalid(description: "the data files changed")) }
        guard word(3) == UInt64(size) else { return .failure(Invalid(description: "the cache is truncated")) }
        let count = Int(word(5))
        let expected = databaseSections + sectionsPerTable * matchers.count
        guard count == expected, size >= (headerWords + 2 * count) * 8 else { return .failure(Invalid(description: "the cache's sections do not match")) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        func release(_ part: UnsafeRawBufferPointer) {
            guard let start = part.baseAddress, part.count >= page else { return }
            let from = Int(bitPattern: start) / page * page
            let to = (Int(bitPattern: start) + part.count) / page * page
            if to > from { madvise(UnsafeMutableRawPointer(bitPattern: from), to - from, MADV_DONTNEED) }
        }
        var sections: [UnsafeRawBufferPointer] = []
        var sum = checksum(UnsafeRawBufferPointer(rebasing: bytes[(headerWords * 8)..<((headerWords + 2 * count) * 8)]))
        for s in 0..<count {
            let offset = Int(word(headerWords + 2 * s)), length = Int(word(headerWords + 2 * s + 1))
            let padded = (length + 7) / 8 * 8
            guard offset % 8 == 0, offset >= (headerWords + 2 * count) * 8, length >= 0, offset + padded <= size else {
                return .failure(Invalid(description: "the cache's section table is corrupt"))
            }
            let section = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
            sum = mix(sum, sectionChecksum(section, release: release))
            sum = mix(sum, UInt64(padded))
            sections.append(section)
        }
        guard sum == word(4) else { return .failure(Invalid(description: "the cache is corrupt (checksum)")) }
        do {
            return .success(try decode(sections, matchers: matchers, owner: owner))
        } catch {
            return .failure(error)
        }
    }

    static func slab<T>(_ section: UnsafeRawBufferPointer, _ type: T.Type, count expected: Int? = nil) throws(Invalid) -> Slab<T> {
        guard section.count % MemoryLayout<T>.stride == 0 else { throw Invalid(description: "a cache section has the wrong size") }
        let n = section.count / MemoryLayout<T>.stride
        if let expected, n != expected { throw Invalid(description: "a cache section has the wrong length") }
        let base = (section.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!).assumingMemoryBound(to: T.self)
        return Slab(base: base, count: n)
    }

    /// Slabs over the sections, with every index that could reach outside them checked.
    static func decode(_ s: [UnsafeRawBufferPointer], matchers: [any Matcher], owner: SlabOwner) throws(Invalid) -> (SequenceDatabase, SequenceIndex) {
        let meta = try slab(s[0], Int64.self)
        guard meta.count == 2 + matchers.count, meta[1] == Int64(matchers.count), meta[0] >= 0 else { throw Invalid(description: "the cache's counts do not match") }
        let n = Int(meta[0])
        let ids = try slab(s[1], Int32.self, count: n)
        let offsets = try slab(s[2], Int32.self, count: n)
        let termStart = try slab(s[3], Int64.self, count: n + 1)
        let termBytes = try slab(s[4], UInt8.self)
        let nameStart = try slab(s[5], Int64.self, count: n + 1)
        let nameBytes = try slab(s[6], UInt8.self)
        for (starts, bytes) in [(termStart, termBytes.count), (nameStart, nameBytes.count)] {
            guard starts[0] == 0, starts[n] == Int64(bytes) else { throw Invalid(description: "the cache's records are inconsistent") }
            for i in 0..<n where starts[i] > starts[i + 1] { throw Invalid(description: "the cache's records are inconsistent") }
        }
        for i in 1..<max(n, 1) where ids[i - 1] >= ids[i] { throw Invalid(description: "the cache's ids are not sorted") }
        let early = try slab(s[7], Int.self, count: n * SequenceDatabase.earlyLength)
        let earlyCount = try slab(s[8], UInt8.self, count: n)
        let earlyBig = try slab(s[9], UInt32.self, count: n)
        let mapped = MappedSequences(ids: ids, offsets: offsets, termStart: termStart, termBytes: termBytes, nameStart: nameStart, nameBytes: nameBytes)
        let database = SequenceDatabase(mapped: mapped, early: early, earlyCount: earlyCount, earlyBig: earlyBig, owner: owner)
        var tables: [SequenceIndex.Table] = []
        for m in matchers.indices {
            let b = databaseSections + m * sectionsPerTable
            func slots(_ k: Int) throws(Invalid) -> HashSlots {
                let keys = try slab(s[k], UInt64.self), values = try slab(s[k + 1], Int32.self, count: keys.count)
                guard keys.count >= 16, keys.count & (keys.count - 1) == 0 else { throw Invalid(description: "a cache hash table is malformed") }
                return HashSlots(keys: keys, values: values)
            }
            let lengths = try slab(s[b + 11], UInt8.self)
            let groups = lengths.count
            let buckets = try slots(b), fullBuckets = try slots(b + 3), shortBuckets = try slots(b + 5)
            let nextGroup = try slab(s[b + 2], Int32.self, count: groups)
            let nextFull = try slab(s[b + 9], Int32.self, count: groups)
            let keys = try slab(s[b + 10], Int.self, count: groups * SequenceIndex.storedLength)
            let groupStart = try slab(s[b + 12], Int32.self, count: groups + 1)
            let sequence = try slab(s[b + 13], Int32.self)
            let parameters = try slab(s[b + 14], Parameters.self, count: sequence.count)
            let fullBits = try slab(s[b + 7], UInt64.self, count: SequenceIndex.fullBitsWords)
            let shortBits = try slab(s[b + 8], UInt64.self, count: SequenceIndex.shortBitsWords)
            for slots in [buckets, fullBuckets, shortBuckets] {
                for i in 0..<slots.values.count where slots.values[i] < -1 || slots.values[i] >= Int32(groups) {
                    throw Invalid(description: "a cache hash table points outside its groups")
                }
            }
            for next in [nextGroup, nextFull] {
                for i in 0..<groups where next[i] < -1 || next[i] >= Int32(groups) { throw Invalid(description: "a cache chain points outside its groups") }
            }
            guard groupStart[0] == 0, groupStart[groups] == Int32(sequence.count) else { throw Invalid(description: "a cache table's groups are inconsistent") }
            for g in 0..<groups where groupStart[g] > groupStart[g + 1] || Int(lengths[g]) > SequenceIndex.storedLength {
                throw Invalid(description: "a cache table's groups are inconsistent")
            }
            for e in 0..<sequence.count where sequence[e] < 0 || Int(sequence[e]) >= n { throw Invalid(description: "a cache table points outside the sequences") }
            tables.append(
                SequenceIndex.Table(
                    buckets: buckets, nextGroup: nextGroup, fullBuckets: fullBuckets, shortBuckets: shortBuckets,
                    fullBits: fullBits, shortBits: shortBits, nextFull: nextFull, keys: keys, lengths: lengths,
                    groupStart: groupStart, sequence: sequence, parameters: parameters, skipped: Int(meta[2 + m])))
        }
        return (database, SequenceIndex(database: database, matchers: matchers, tables: tables, owner: owner))
    }
}
