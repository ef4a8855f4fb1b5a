import LODANumber

/// One OEIS sequence: its A-number, known terms (from its offset on), name and offset.
public struct IntegerSequence: Sendable {
    public var id: SequenceID
    public var terms: [Number]
    public var name: String
    public var offset: Int

    public init(id: SequenceID, terms: [Number], name: String = "", offset: Int = 0) {
        self.id = id
        self.terms = terms
        self.name = name
        self.offset = offset
    }

    /// The first `count` terms as `Int`s, or nil when one of them is too big.
    public func smallPrefix(_ count: Int) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(min(count, terms.count))
        for t in terms.prefix(count) {
            guard let v = t.intValue else { return nil }
            out.append(v)
        }
        return out
    }
}

extension IntegerSequence {
    /// Whether term `i` is `value` (true past the known terms).
    @inline(__always)
    public func agrees(at i: Int, with value: Int) -> Bool {
        i >= terms.count || terms[i].intValue == value
    }
}

/// The sequences Lodestone mines for, loaded from OEIS files.
public final class SequenceDatabase: @unchecked Sendable {
    public let sequences: [IntegerSequence]
    private let positions: [SequenceID: Int]

    /// The first `earlyLength` terms of every sequence as `Int`s, `earlyLength` per sequence,
    /// with the number known (at most `earlyLength`) and a mask of those beyond `Int`: the
    /// miner compares predicted terms with these by the million.
    private let early: UnsafeMutableBufferPointer<Int>
    private let earlyCount: UnsafeMutableBufferPointer<UInt8>
    private let earlyBig: UnsafeMutableBufferPointer<UInt32>
    public static let earlyLength = 32

    public init(_ sequences: [IntegerSequence]) {
        self.sequences = sequences.sorted { $0.id < $1.id }
        var positions: [SequenceID: Int] = [:]
        positions.reserveCapacity(sequences.count)
        for (i, s) in self.sequences.enumerated() { positions[s.id] = i }
        self.positions = positions
        let n = SequenceDatabase.earlyLength
        early = .allocate(capacity: max(1, sequences.count * n))
        early.initialize(repeating: 0)
        earlyCount = .allocate(capacity: max(1, sequences.count))
        earlyCount.initialize(repeating: 0)
        earlyBig = .allocate(capacity: max(1, sequences.count))
        earlyBig.initialize(repeating: 0)
        for (i, s) in self.sequences.enumerated() {
            earlyCount[i] = UInt8(min(n, s.terms.count))
            for (j, t) in s.terms.prefix(n).enumerated() {
                if let v = t.intValue { early[i * n + j] = v } else { earlyBig[i] |= 1 << UInt32(j) }
            }
        }
    }

    deinit {
        early.deallocate()
        earlyCount.deallocate()
        earlyBig.deallocate()
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

    public var count: Int { sequences.count }

    public subscript(id: SequenceID) -> IntegerSequence? {
        positions[id].map { sequences[$0] }
    }

    public func position(of id: SequenceID) -> Int? { positions[id] }

    /// What loading found: per file, lines read, sequences loaded and malformed lines.
    public struct Report: Sendable {
        public var stripped = LoadReport()
        public var names = LoadReport()
        public var offsets = LoadReport()
        public var malformed: [DataFileError] { stripped.malformed + names.malformed + offsets.malformed }
    }

    /// Loads `stripped` (required), `names` and `offsets` (optional; plain or gzip).
    /// Malformed lines are reported and skipped. Sequences without an offset line get offset 0.
    public static func load(stripped: String, names: String? = nil, offsets: String? = nil,
                            only: Set<SequenceID>? = nil) throws(DataFileError) -> (SequenceDatabase, Report) {
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
