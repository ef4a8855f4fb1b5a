import LODANumber

/// The sequences Lodestone mines for, loaded from OEIS files (or from a cache file that
/// several processes map).
public final class SequenceDatabase: Sendable {
    public let sequences: SequenceList
    private let positions: [SequenceID: Int]
    let mapped: MappedSequences?
    /// Keeps the slabs' memory alive.
    let owner: SlabOwner

    /// The first `earlyLength` terms of every sequence as `Int`s, `earlyLength` per sequence,
    /// with the number known (at most `earlyLength`) and a mask of those beyond `Int`: the
    /// miner compares predicted terms with these by the million.
    let early: Slab<Int>
    let earlyCount: Slab<UInt8>
    let earlyBig: Slab<UInt32>
    public static let earlyLength = 32

    public init(_ sequences: [IntegerSequence]) {
        let sorted = sequences.sorted { $0.id < $1.id }
        self.sequences = SequenceList(storage: .array(sorted))
        var positions: [SequenceID: Int] = [:]
        positions.reserveCapacity(sorted.count)
        for (i, s) in sorted.enumerated() { positions[s.id] = i }
        self.positions = positions
        mapped = nil
        owner = SlabOwner()
        let n = SequenceDatabase.earlyLength
        var early: [Int] = [], earlyCount: [UInt8] = [], earlyBig: [UInt32] = []
        early.reserveCapacity(sorted.count * n)
        for s in sorted {
            let (count, big) = SequenceDatabase.appendEarlyTerms(of: s.terms, to: &early)
            earlyCount.append(count)
            earlyBig.append(big)
        }
        self.early = owner.slab(early)
        self.earlyCount = owner.slab(earlyCount)
        self.earlyBig = owner.slab(earlyBig)
    }

    /// Appends a sequence's row of the early-term table (`earlyLength` values, 0 for terms
    /// beyond `Int` or beyond the known ones) and returns its count and big-term mask.
    static func appendEarlyTerms(of terms: [Number], to early: inout [Int]) -> (count: UInt8, big: UInt32) {
        var big: UInt32 = 0
        for j in 0..<earlyLength {
            if j < terms.count, let v = terms[j].intValue {
                early.append(v)
            } else {
                early.append(0)
                if j < terms.count { big |= 1 << UInt32(j) }
            }
        }
        return (UInt8(min(earlyLength, terms.count)), big)
    }

    /// A database over records in a mapped cache file.
    init(mapped: MappedSequences, early: Slab<Int>, earlyCount: Slab<UInt8>, earlyBig: Slab<UInt32>, owner: SlabOwner) {
        sequences = SequenceList(storage: .mapped(mapped))
        positions = [:]
        self.mapped = mapped
        self.early = early
        self.earlyCount = earlyCount
        self.earlyBig = earlyBig
        self.owner = owner
    }

    /// Whether term `j` of the sequence at `position` is `value` (true past the known
    /// terms): `sequences[position].agrees(at: j, with: value)`, without copying the sequence.
    @inline(__always)
    public func agrees(_ position: Int, at j: Int, with value: Int) -> Bool {
        let n = SequenceDatabase.earlyLength
        guard j < n else { return sequences[position].agrees(at: j, with: value) }
        if j >= Int(earlyCount[position]) { return true }
        if earlyBig[position] & (1 << UInt32(j)) != 0 { return false }
        return early[position * n + j] == value
    }

    /// The first `count` (at most `earlyLength`) terms of the sequence at `position` as
    /// `Int`s, or nil when one of them is too big: `sequences[position].smallPrefix(count)`
    /// without decoding the sequence.
    public func smallPrefix(at position: Int, _ count: Int) -> [Int]? {
        let n = SequenceDatabase.earlyLength
        guard count <= n else { return sequences[position].smallPrefix(count) }
        let known = min(count, Int(earlyCount[position]))
        let mask: UInt32 = known >= 32 ? .max : (1 << UInt32(known)) - 1
        if earlyBig[position] & mask != 0 { return nil }
        return Array(early.buffer[(position * n)..<(position * n + known)])
    }

    /// `smallPrefix(at:_:)` into a buffer the caller reuses; false (and `out` undefined) when
    /// a term is too big.
    func smallPrefix(at position: Int, _ count: Int, into out: inout [Int]) -> Bool {
        let n = SequenceDatabase.earlyLength
        out.removeAll(keepingCapacity: true)
        guard count <= n else {
            guard let terms = sequences[position].smallPrefix(count) else { return false }
            out += terms
            return true
        }
        let known = min(count, Int(earlyCount[position]))
        let mask: UInt32 = known >= 32 ? .max : (1 << UInt32(known)) - 1
        if earlyBig[position] & mask != 0 { return false }
        out += early.buffer[(position * n)..<(position * n + known)]
        return true
    }

    /// The A-number of the sequence at `position`, without decoding it.
    public func id(at position: Int) -> SequenceID {
        if let mapped { return SequenceID(Int(mapped.ids[position])) }
        return sequences[position].id
    }

    public var count: Int { sequences.count }

    public subscript(id: SequenceID) -> IntegerSequence? {
        position(of: id).map { sequences[$0] }
    }

    public func position(of id: SequenceID) -> Int? {
        if let mapped { return mapped.position(of: id) }
        return positions[id]
    }

    /// What loading found: per file, lines read, sequences loaded and malformed lines.
    public struct Report: Sendable {
        public var stripped = LoadReport()
        public var names = LoadReport()
        public var offsets = LoadReport()
        public var malformed: [DataFileError] { stripped.malformed + names.malformed + offsets.malformed }
    }

    /// Loads `stripped` (required), `names` and `offsets` (optional; plain or gzip).
    /// Malformed lines are reported and skipped. Sequences without an offset line get offset 0.
    public static func load(
        stripped: String, names: String? = nil, offsets: String? = nil,
        only: Set<SequenceID>? = nil
    ) throws(DataFileError) -> (SequenceDatabase, Report) {
        var report = Report()
        let (terms, strippedReport) = try OEISFiles.loadStripped(stripped, only: only)
        report.stripped = strippedReport
        var nameTable: [SequenceID: String] = [:]
        if let names { (nameTable, report.names) = try OEISFiles.loadNames(names) }
        var offsetTable: [SequenceID: Int] = [:]
        if let offsets { (offsetTable, report.offsets) = try OEISFiles.loadOffsets(offsets) }
        var list: [IntegerSequence] = []
        list.reserveCapacity(terms.count)
        for (id, t) in terms {
            list.append(IntegerSequence(id: id, terms: t, name: nameTable[id] ?? "", offset: offsetTable[id] ?? 0))
        }
        return (SequenceDatabase(list), report)
    }
}
