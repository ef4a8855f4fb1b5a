import LODANumber

/// For every matcher, the reduced first terms of every sequence, hashed on the first
/// `keyLength` of them: a lookup reduces the candidate once per matcher and probes one
/// bucket, so it costs a few hash probes whatever the size of the database.
public final class SequenceIndex: Sendable {
    /// Terms hashed for the key (the reference uses 8).
    public static let keyLength = 8
    /// Terms kept per entry and compared after the key probe.
    public static let storedLength = 16

    public let database: SequenceDatabase
    public let matchers: [any Matcher]
    let tables: [Table]
    /// Keeps the tables' memory (allocations, or the cache file's mapping) alive.
    let owner: SlabOwner
    /// Positions left out of every lookup (one bit each), e.g. sequences that already have a
    /// program: the index is shared, the exclusions are per use.
    let excluded: [UInt64]?

    /// One matcher's index. Sequences whose stored reduced terms are identical share a
    /// group, so a probe compares each distinct key once. Groups with the same hash of the
    /// first `keyLength` terms are chained from one bucket (for candidates shorter than
    /// `storedLength`); for full-length candidates, groups with all `storedLength` terms are
    /// chained by the hash of all of them and the shorter groups by the first `keyLength`,
    /// so a probe does not walk the many groups that share a common start (0, 1, 2, …).
    /// Every part is a flat slab, so a table can live in a memory-mapped cache file.
    final class Table: Sendable {
        let buckets: HashSlots
        let nextGroup: Slab<Int32>
        let fullBuckets: HashSlots
        let shortBuckets: HashSlots
        /// One bit per hash (its low bits) of the full and short chains: most probes miss,
        /// and a bit test is cheaper than a hash-table probe.
        let fullBits: Slab<UInt64>
        let shortBits: Slab<UInt64>
        let nextFull: Slab<Int32>  // the next group in the same full or short chain
        let keys: Slab<Int>  // storedLength per group, padded
        let lengths: Slab<UInt8>
        let groupStart: Slab<Int32>  // entries of group g: groupStart[g] ..< groupStart[g+1]
        let sequence: Slab<Int32>
        let parameters: Slab<Parameters>
        let skipped: Int
        var distinctKeys: Int { lengths.count }

        init(
            buckets: HashSlots, nextGroup: Slab<Int32>, fullBuckets: HashSlots, shortBuckets: HashSlots,
            fullBits: Slab<UInt64>, shortBits: Slab<UInt64>, nextFull: Slab<Int32>, keys: Slab<Int>,
            lengths: Slab<UInt8>, groupStart: Slab<Int32>, sequence: Slab<Int32>, parameters: Slab<Parameters>, skipped: Int
        ) {
            self.buckets = buckets
            self.nextGroup = nextGroup
            self.fullBuckets = fullBuckets
            self.shortBuckets = shortBuckets
            self.fullBits = fullBits
            self.shortBits = shortBits
            self.nextFull = nextFull
            self.keys = keys
            self.lengths = lengths
            self.groupStart = groupStart
            self.sequence = sequence
            self.parameters = parameters
            self.skipped = skipped
        }
    }

    /// Coverage of one matcher: sequences indexed, distinct keys, sequences skipped
    /// (too few terms, terms beyond 64 bits, or the matcher does not apply).
    public struct Coverage: Sendable {
        public var matcher: String
        public var indexed: Int
        public var distinctKeys: Int
        public var skipped: Int
    }

    /// An index over tables already built (read from a cache file).
    init(database: SequenceDatabase, matchers: [any Matcher], tables: [Table], owner: SlabOwner, excluded: [UInt64]? = nil) {
        self.database = database
        self.matchers = matchers
        self.tables = tables
        self.owner = owner
        self.excluded = excluded
    }

    /// The same index with the sequences `ids` left out of every lookup.
    public func excluding(_ ids: Set<SequenceID>) -> SequenceIndex {
        guard !ids.isEmpty else { return self }
        var bits = [UInt64](repeating: 0, count: (database.count + 63) / 64)
        for id in ids {
            if let p = database.position(of: id) { bits[p >> 6] |= 1 << UInt64(p & 63) }
        }
        return SequenceIndex(database: database, matchers: matchers, tables: tables, owner: owner, excluded: bits)
    }

    /// Whether the sequence at `position` takes part in lookups.
    @inline(__always)
    public func includes(_ position: Int) -> Bool {
        guard let excluded else { return true }
        return excluded[position >> 6] & (1 << UInt64(position & 63)) == 0
    }

    public convenience init(_ database: SequenceDatabase, matchers: [any Matcher] = Matchers.all) {
        let owner = SlabOwner()
        var tables: [Table] = []
        var key: [Int] = [], prefix: [Int] = []
        for matcher in matchers {
            var buckets: [UInt64: Int32] = [:], fullBuckets: [UInt64: Int32] = [:], shortBuckets: [UInt64: Int32] = [:]
            var nextGroup: [Int32] = [], nextFull: [Int32] = [], keys: [Int] = [], lengths: [UInt8] = []
            keys.reserveCapacity(database.count * SequenceIndex.storedLength)
            var fullBits = [UInt64](repeating: 0, count: SequenceIndex.fullBitsWords)
            var shortBits = [UInt64](repeating: 0, count: SequenceIndex.shortBitsWords)
            var skipped = 0
            // The group of each distinct stored key, found by a hash of the key and its length
            // (checked against `keys`; a second key with the same hash goes to `collided`).
            var groupOf: [UInt64: Int32] = [:], collided: [[Int]: Int32] = [:]
            var entryGroup: [Int32] = [], entrySequence: [Int32] = [], entryParameters: [Parameters] = []
            for i in 0..<database.count {
                // (sequences with big early terms are left out)
                guard database.smallPrefix(at: i, SequenceIndex.storedLength, into: &prefix), prefix.count >= SequenceIndex.keyLength,
                    let parameters = matcher.reduceTarget(prefix, into: &key), key.count >= SequenceIndex.keyLength
                else {
                    skipped += 1
                    continue
                }
                let stored = key.prefix(SequenceIndex.storedLength)
                var identity = FNV1a.basis
                for v in stored { identity = FNV1a.mix(identity, UInt64(bitPattern: Int64(v))) }
                identity = FNV1a.mix(identity, UInt64(stored.count))
                let group: Int32
                let same = groupOf[identity]
                if let g = same, Self.storedKey(keys, lengths, g).elementsEqual(stored) {
                    group = g
                } else if same != nil, let g = collided[Array(stored)] {
                    group = g
                } else {
                    group = Int32(lengths.count)
                    if same == nil { groupOf[identity] = group } else { collided[Array(stored)] = group }
                    let h = SequenceIndex.hash(key)
                    nextGroup.append(buckets[h] ?? -1)
                    buckets[h] = group
                    if stored.count == SequenceIndex.storedLength {
                        let f = SequenceIndex.fullHash(key)
                        nextFull.append(fullBuckets[f] ?? -1)
                        fullBuckets[f] = group
                        SequenceIndex.setBit(&fullBits, f)
                    } else {
                        nextFull.append(shortBuckets[h] ?? -1)
                        shortBuckets[h] = group
                        SequenceIndex.setBit(&shortBits, h)
                    }
                    keys += stored
                    keys += repeatElement(0, count: SequenceIndex.storedLength - stored.count)
                    lengths.append(UInt8(stored.count))
                }
                entryGroup.append(group)
                entrySequence.append(Int32(i))
                entryParameters.append(parameters)
            }
            // entries ordered by group (a counting sort), so each group is one range
            var counts = [Int32](repeating: 0, count: lengths.count + 1)
            for g in entryGroup { counts[Int(g) + 1] += 1 }
            for g in 0..<lengths.count { counts[g + 1] += counts[g] }
            var fill = counts
            var sequence = [Int32](repeating: 0, count: entryGroup.count)
            var parameters = [Parameters](repeating: Parameters(), count: entryGroup.count)
            for (e, g) in entryGroup.enumerated() {
                let at = Int(fill[Int(g)])
                fill[Int(g)] += 1
                sequence[at] = entrySequence[e]
                parameters[at] = entryParameters[e]
            }
            tables.append(
                Table(
                    buckets: HashSlots.build(buckets, owner: owner), nextGroup: owner.slab(nextGroup),
                    fullBuckets: HashSlots.build(fullBuckets, owner: owner), shortBuckets: HashSlots.build(shortBuckets, owner: owner),
                    fullBits: owner.slab(fullBits), shortBits: owner.slab(shortBits), nextFull: owner.slab(nextFull),
                    keys: owner.slab(keys), lengths: owner.slab(lengths), groupStart: owner.slab(counts),
                    sequence: owner.slab(sequence), parameters: owner.slab(parameters), skipped: skipped))
        }
        self.init(database: database, matchers: matchers, tables: tables, owner: owner)
    }

    public var coverage: [Coverage] {
        zip(matchers, tables).map { Coverage(matcher: $0.name, indexed: $1.sequence.count, distinctKeys: $1.distinctKeys, skipped: $1.skipped) }
    }

    /// FNV-1a over the first `keyLength` terms.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<Int>) -> UInt64 {
        var h = FNV1a.basis
        for i in 0..<SequenceIndex.keyLength { h = FNV1a.mix(h, UInt64(bitPattern: Int64(key[i]))) }
        return h
    }

    static func hash(_ key: [Int]) -> UInt64 { key.withUnsafeBufferPointer { hash($0) } }

    static let fullBitsWords = 1 << 16  // 2^22 bits
    static let shortBitsWords = 1 << 14  // 2^20 bits

    static func setBit(_ bits: inout [UInt64], _ h: UInt64) {
        let i = Int(truncatingIfNeeded: (h >> 6) & UInt64(bits.count - 1))
        bits[i] |= 1 << (h & 63)
    }

    @inline(__always)
    static func testBit(_ bits: Slab<UInt64>, _ h: UInt64) -> Bool {
        bits[Int(truncatingIfNeeded: (h >> 6) & UInt64(bits.count - 1))] & (1 << (h & 63)) != 0
    }

    /// FNV-1a over the first `storedLength` terms.
    @inline(__always)
    static func fullHash(_ key: UnsafeBufferPointer<Int>) -> UInt64 {
        var h = FNV1a.basis
        for i in 0..<SequenceIndex.storedLength { h = FNV1a.mix(h, UInt64(bitPattern: Int64(key[i]))) }
        return h
    }

    static func fullHash(_ key: [Int]) -> UInt64 { key.withUnsafeBufferPointer { fullHash($0) } }

    /// The stored terms of group `g` while a table is built.
    static func storedKey(_ keys: [Int], _ lengths: [UInt8], _ g: Int32) -> ArraySlice<Int> {
        let start = Int(g) * SequenceIndex.storedLength
        return keys[start..<(start + Int(lengths[Int(g)]))]
    }

    /// Calls `found` for every sequence whose reduction under some matcher agrees with
    /// the candidate's on all compared terms (at least `keyLength`); `found` returns
    /// false to stop. `matchers` restricts the search to those matcher positions.
    public func lookup(_ candidate: [Int], matchers only: [Int]? = nil, _ found: (SequenceMatch) -> Bool) {
        var key: [Int] = []
        key.reserveCapacity(candidate.count)
        if let only {
            for m in only where !lookup(candidate, m, &key, found) { return }
        } else {
            for m in matchers.indices where !lookup(candidate, m, &key, found) { return }
        }
    }

    @inline(__always)
    private func lookup(_ candidate: [Int], _ m: Int, _ key: inout [Int], _ found: (SequenceMatch) -> Bool) -> Bool {
        guard let parameters = matchers[m].reduceCandidate(candidate, into: &key), key.count >= SequenceIndex.keyLength
        else { return true }
        return probe(m, key, parameters, found)
    }

    /// Direct lookup without reducing or allocating (the miner's hottest question).
    public func lookupDirect(_ candidate: UnsafeBufferPointer<Int>, _ found: (Int) -> Bool) {
        guard candidate.count >= SequenceIndex.keyLength else { return }
        let table = tables[0]
        _ = forEachEntry(table, candidate) { e, _ in found(Int(table.sequence[e])) }
    }

    @inline(__always)
    func agree(_ table: Table, _ group: Int, _ key: UnsafeBufferPointer<Int>) -> Int? {
        let n = min(Int(table.lengths[group]), key.count)
        let base = group * SequenceIndex.storedLength
        for i in 0..<n where table.keys[base + i] != key[i] { return nil }
        return n
    }

    private func probe(_ m: Int, _ reduced: [Int], _ parameters: Parameters, _ found: (SequenceMatch) -> Bool) -> Bool {
        let table = tables[m]
        return reduced.withUnsafeBufferPointer { key in
            forEachEntry(table, key) { e, n in
                found(SequenceMatch(matcher: m, sequence: Int(table.sequence[e]), candidate: parameters, target: table.parameters[e], agreeing: n))
            }
        }
    }

    /// Calls `body` with every entry (and the number of agreeing terms) of the groups whose
    /// stored terms agree with `key`: a key shorter than `storedLength` walks the chain of its
    /// start; a full key walks the full-length chain of all its terms, then the short groups'
    /// chain of its start (each only when its bit is set). Stops when `body` returns false.
    @inline(__always)
    private func forEachEntry(_ table: Table, _ key: UnsafeBufferPointer<Int>, _ body: (Int, Int) -> Bool) -> Bool {
        func walk(_ first: Int32?, _ next: Slab<Int32>) -> Bool {
            guard var g = first else { return true }
            while g >= 0 {
                let group = Int(g)
                if let n = agree(table, group, key) {
                    for e in Int(table.groupStart[group])..<Int(table.groupStart[group + 1])
                    where includes(Int(table.sequence[e])) && !body(e, n) { return false }
                }
                g = next[group]
            }
            return true
        }
        let h = SequenceIndex.hash(key)
        if key.count < SequenceIndex.storedLength { return walk(table.buckets[h], table.nextGroup) }
        let f = SequenceIndex.fullHash(key)
        if SequenceIndex.testBit(table.fullBits, f), !walk(table.fullBuckets[f], table.nextFull) { return false }
        return !SequenceIndex.testBit(table.shortBits, h) || walk(table.shortBuckets[h], table.nextFull)
    }

    /// Matches of a short candidate (fewer than `keyLength` terms): a scan of every entry.
    public func scan(_ candidate: [Int], limit: Int = 50) -> [SequenceMatch] {
        var out: [SequenceMatch] = []
        for (m, matcher) in matchers.enumerated() {
            guard let r = matcher.reduceCandidate(candidate), !r.key.isEmpty else { continue }
            let table = tables[m]
            r.key.withUnsafeBufferPointer { key in
                for group in 0..<table.lengths.count where out.count < limit {
                    guard let n = agree(table, group, key), n == key.count || n == Int(table.lengths[group]) else { continue }
                    for e in Int(table.groupStart[group])..<Int(table.groupStart[group + 1])
                    where out.count < limit && includes(Int(table.sequence[e])) {
                        out.append(
                            SequenceMatch(
                                matcher: m, sequence: Int(table.sequence[e]), candidate: r.parameters,
                                target: table.parameters[e], agreeing: n))
                    }
                }
            }
        }
        return out
    }
}
