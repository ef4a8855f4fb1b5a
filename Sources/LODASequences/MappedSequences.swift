import LODANumber

/// Sequences stored as records: sorted ids, offsets, and each one's terms (as a stripped
/// row, `,t0,t1,…,`) and name in byte slabs (in a mapped cache file, or in memory as
/// `SequenceDatabase.loadRecords` reads them).
final class MappedSequences: Sendable {
    let ids: Slab<Int32>
    let offsets: Slab<Int32>
    let termStart: Slab<Int64>
    let termBytes: Slab<UInt8>
    let nameStart: Slab<Int64>
    let nameBytes: Slab<UInt8>
    /// The slabs' memory when these records own it (else the database's owner does).
    let owner: SlabOwner?

    init(
        ids: Slab<Int32>, offsets: Slab<Int32>, termStart: Slab<Int64>, termBytes: Slab<UInt8>, nameStart: Slab<Int64>, nameBytes: Slab<UInt8>,
        owner: SlabOwner? = nil
    ) {
        self.ids = ids
        self.offsets = offsets
        self.termStart = termStart
        self.termBytes = termBytes
        self.nameStart = nameStart
        self.nameBytes = nameBytes
        self.owner = owner
    }

    /// The sequence at `i`: its terms are kept as the stripped file writes them (`,t0,t1,…,`).
    func sequence(at i: Int) -> IntegerSequence {
        let row = UnsafeBufferPointer(rebasing: termBytes.buffer[Int(termStart[i])..<Int(termStart[i + 1])])
        let name = String(decoding: UnsafeBufferPointer(rebasing: nameBytes.buffer[Int(nameStart[i])..<Int(nameStart[i + 1])]), as: UTF8.self)
        return IntegerSequence(id: SequenceID(Int(ids[i])), terms: OEISFiles.parseTerms(row) ?? [], name: name, offset: Int(offsets[i]))
    }

    /// The position of `id`, by binary search over the sorted ids.
    func position(of id: SequenceID) -> Int? {
        guard id.number >= 0, id.number <= Int(Int32.max) else { return nil }
        let target = Int32(id.number)
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == target ? lo : nil
    }
}
