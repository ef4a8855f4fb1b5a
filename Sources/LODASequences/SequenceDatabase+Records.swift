import LODANumber

extension SequenceDatabase {
    /// Loads the files as `load` does (the same sequences, terms, names, offsets and report),
    /// but keeps each row as the bytes of its stripped line and each name as its bytes, in
    /// slabs, as the index cache stores them: about a third of the memory of a `Number` per
    /// term. Sequences are decoded when read. This is how the index cache is built, so that
    /// building it for the whole OEIS stays well under a gigabyte.
    public static func loadRecords(stripped: String, names: String? = nil, offsets: String? = nil) throws(DataFileError) -> (SequenceDatabase, Report) {
        var report = Report()
        let n = earlyLength
        var rows = RowCollector()
        report.stripped = try OEISFiles.forEachRow(stripped) { id, text, terms in
            rows.add(Int32(truncatingIfNeeded: id.number), text: text, terms: terms)
            return true
        }
        var nameTable: [SequenceID: String] = [:]
        if let names { (nameTable, report.names) = try OEISFiles.loadNames(names) }
        var offsetTable: [SequenceID: Int] = [:]
        if let offsets { (offsetTable, report.offsets) = try OEISFiles.loadOffsets(offsets) }

        // The records in id order (a row repeated later in the file replaces the earlier one);
        // a file already in order with no repeats (as the OEIS writes it) is used as read.
        let order = rows.order()
        let owner = SlabOwner()
        var ids: [Int32] = [], termStart: [Int64] = [0], termBytes: [UInt8] = []
        var early: [Int] = [], earlyCount: [UInt8] = [], earlyBig: [UInt32] = []
        if order.count == rows.ids.count {
            (ids, termBytes, early, earlyCount, earlyBig) = (rows.ids, rows.bytes, rows.early, rows.earlyCount, rows.earlyBig)
            termStart += rows.ends
        } else {
            early.reserveCapacity(order.count * n)
            for r in order {
                ids.append(rows.ids[r])
                termBytes += rows.bytes[Int(rows.starts[r])..<Int(rows.ends[r])]
                termStart.append(Int64(termBytes.count))
                early += rows.early[(r * n)..<(r * n + n)]
                earlyCount.append(rows.earlyCount[r])
                earlyBig.append(rows.earlyBig[r])
            }
        }
        rows = RowCollector()
        var offsetsOut: [Int32] = [], nameStart: [Int64] = [0], nameBytes: [UInt8] = []
        offsetsOut.reserveCapacity(ids.count)
        for id in ids {
            let sequence = SequenceID(Int(id))
            offsetsOut.append(Int32(truncatingIfNeeded: offsetTable[sequence] ?? 0))
            nameBytes += (nameTable[sequence] ?? "").utf8
            nameStart.append(Int64(nameBytes.count))
        }
        let records = MappedSequences(
            ids: owner.slab(ids), offsets: owner.slab(offsetsOut), termStart: owner.slab(termStart), termBytes: owner.slab(termBytes),
            nameStart: owner.slab(nameStart), nameBytes: owner.slab(nameBytes))
        let database = SequenceDatabase(
            mapped: records, early: owner.slab(early), earlyCount: owner.slab(earlyCount), earlyBig: owner.slab(earlyBig), owner: owner)
        return (database, report)
    }
}

/// The rows of a stripped file as they are read: their bytes and first terms, in file order.
private struct RowCollector {
    var ids: [Int32] = []
    var starts: [Int64] = [], ends: [Int64] = []
    var bytes: [UInt8] = []
    var early: [Int] = [], earlyCount: [UInt8] = [], earlyBig: [UInt32] = []
    /// The last row of each id.
    var latest: [Int32: Int32] = [:]

    mutating func add(_ id: Int32, text: UnsafeBufferPointer<UInt8>, terms: [Number]) {
        latest[id] = Int32(ids.count)
        ids.append(id)
        starts.append(Int64(bytes.count))
        bytes += text
        ends.append(Int64(bytes.count))
        let (count, big) = SequenceDatabase.appendEarlyTerms(of: terms, to: &early)
        earlyCount.append(count)
        earlyBig.append(big)
    }

    /// Row numbers in id order, the last row of each id only.
    func order() -> [Int] {
        var sorted = true
        for i in ids.indices.dropFirst() where ids[i] <= ids[i - 1] {
            sorted = false
            break
        }
        if sorted { return Array(ids.indices) }
        return latest.values.map(Int.init).sorted { ids[$0] < ids[$1] }
    }
}
