import LODANumber

/// A match of candidate terms against an indexed sequence: which matcher, which
/// sequence, and the parameters of both reductions (for `Matcher.extend`).
public struct SequenceMatch: Hashable, Sendable {
    public var matcher: Int
    public var sequence: Int
    public var candidate: [Int]
    public var target: [Int]
    /// Reduced terms compared and equal.
    public var agreeing: Int
}

/// For every matcher, the reduced first terms of every sequence, hashed on the first
/// `keyLength` of them: a lookup reduces the candidate once per matcher and probes one
/// bucket, so it costs a few hash probes whatever the size of the database.
public final class SequenceIndex: @unchecked Sendable {
    /// Terms hashed for the key (the reference uses 8).
    public static let keyLength = 8
    /// Terms kept per entry and compared after the key probe.
    public static let storedLength = 12

    public let database: SequenceDatabase
    public let matchers: [any Matcher]
    var tables: [Table]

    struct Table {
        var buckets: [UInt64: Int32] = [:]
        var next: [Int32] = []
        var sequence: [Int32] = []
        var keys: [Int] = []  // storedLength per entry, padded
        var lengths: [UInt8] = []
        var parameters: [[Int]] = []
        var distinctKeys = 0
        var skipped = 0
    }

    /// Coverage of one matcher: sequences indexed, distinct keys, sequences skipped
    /// (too few terms, terms beyond 64 bits, or the matcher does not apply).
    public struct Coverage: Sendable {
        public var matcher: String
        public var indexed: Int
        public var distinctKeys: Int
        public var skipped: Int
    }

    public init(_ database: SequenceDatabase, matchers: [any Matcher] = Matchers.all) {
        self.database = database
        self.matchers = matchers
        tables = []
        // Each sequence's first terms once, as Ints (sequences with big early terms are left out).
        let prefixes = database.sequences.map { $0.smallPrefix(SequenceIndex.storedLength) }
        for matcher in matchers {
            var table = Table()
            table.buckets.reserveCapacity(database.count)
            for (i, prefix) in prefixes.enumerated() {
                guard let prefix, prefix.count >= SequenceIndex.keyLength,
                      let r = matcher.reduceTarget(prefix), r.key.count >= SequenceIndex.keyLength
                else {
                    table.skipped += 1
                    continue
                }
                let entry = Int32(table.sequence.count)
                let h = SequenceIndex.hash(r.key)
                if let head = table.buckets[h] {
                    table.next.append(head)
                } else {
                    table.next.append(-1)
                    table.distinctKeys += 1
                }
                table.buckets[h] = entry
                table.sequence.append(Int32(i))
                let stored = r.key.prefix(SequenceIndex.storedLength)
                table.keys += stored
                table.keys += repeatElement(0, count: SequenceIndex.storedLength - stored.count)
                table.lengths.append(UInt8(stored.count))
                table.parameters.append(r.parameters)
            }
            tables.append(table)
        }
    }

    public var coverage: [Coverage] {
        zip(matchers, tables).map { Coverage(matcher: $0.name, indexed: $1.sequence.count, distinctKeys: $1.distinctKeys, skipped: $1.skipped) }
    }

    /// FNV-1a over the first `keyLength` terms.
    @inline(__always)
    static func hash(_ key: [Int]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<SequenceIndex.keyLength {
            h ^= UInt64(bitPattern: Int64(key[i]))
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Calls `found` for every sequence whose reduction under some matcher agrees with
    /// the candidate's on all compared terms (at least `keyLength`); `found` returns
    /// false to stop. `matchers` restricts the search to those matcher positions.
    public func lookup(_ candidate: [Int], matchers only: [Int]? = nil, _ found: (SequenceMatch) -> Bool) {
        for m in only ?? Array(matchers.indices) {
            guard let r = matchers[m].reduceCandidate(candidate), r.key.count >= SequenceIndex.keyLength else { continue }
            if !probe(m, r, found) { return }
        }
    }

    /// Direct lookup without reducing or allocating (the miner's hottest question).
    public func lookupDirect(_ candidate: UnsafeBufferPointer<Int>, _ found: (Int) -> Bool) {
        guard candidate.count >= SequenceIndex.keyLength else { return }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<SequenceIndex.keyLength {
            h ^= UInt64(bitPattern: Int64(candidate[i]))
            h &*= 0x0000_0100_0000_01b3
        }
        let table = tables[0]
        guard var e = table.buckets[h] else { return }
        while e >= 0 {
            let entry = Int(e)
            if agree(table, entry, candidate) == nil { e = table.next[entry]; continue }
            if !found(Int(table.sequence[entry])) { return }
            e = table.next[entry]
        }
    }

    @inline(__always)
    func agree(_ table: Table, _ entry: Int, _ key: UnsafeBufferPointer<Int>) -> Int? {
        let n = min(Int(table.lengths[entry]), key.count)
        let base = entry * SequenceIndex.storedLength
        for i in 0..<n where table.keys[base + i] != key[i] { return nil }
        return n
    }

    private func probe(_ m: Int, _ r: Reduction, _ found: (SequenceMatch) -> Bool) -> Bool {
        let table = tables[m]
        guard var e = table.buckets[SequenceIndex.hash(r.key)] else { return true }
        return r.key.withUnsafeBufferPointer { key in
            while e >= 0 {
                let entry = Int(e)
                if let n = agree(table, entry, key) {
                    let match = SequenceMatch(matcher: m, sequence: Int(table.sequence[entry]), candidate: r.parameters,
                                              target: table.parameters[entry], agreeing: n)
                    if !found(match) { return false }
                }
                e = table.next[entry]
            }
            return true
        }
    }

    /// Matches of a short candidate (fewer than `keyLength` terms): a scan of every entry.
    public func scan(_ candidate: [Int], limit: Int = 50) -> [SequenceMatch] {
        var out: [SequenceMatch] = []
        for (m, matcher) in matchers.enumerated() {
            guard let r = matcher.reduceCandidate(candidate), !r.key.isEmpty else { continue }
            let table = tables[m]
            r.key.withUnsafeBufferPointer { key in
                for entry in 0..<table.sequence.count where out.count < limit {
                    if let n = agree(table, entry, key), n == key.count || n == Int(table.lengths[entry]) {
                        out.append(SequenceMatch(matcher: m, sequence: Int(table.sequence[entry]), candidate: r.parameters,
                                                 target: table.parameters[entry], agreeing: n))
                    }
                }
            }
        }
        return out
    }
}
