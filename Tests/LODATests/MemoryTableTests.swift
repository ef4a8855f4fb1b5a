import LODANumber
import Testing

@testable import LODASearch

/// The worker's bounded memory tables, against a plain dictionary.
struct MemoryTableTests {
    /// Below its cap the table forgets nothing: it answers exactly as a dictionary does,
    /// through growth, updates, and the keys 0 and 1 (0 is stored as 1).
    @Test func belowTheCapItIsADictionary() {
        var table = MemoryTable<UInt8>(maxSlots: 1 << 22, initialSlots: 4, blank: 0)
        var model: [UInt64: UInt8] = [:]
        var rng = SplitMix64(state: 7)
        for i in 0..<20_000 {
            let key = i % 3 == 0 ? rng.next() % 5_000 : rng.next()
            let value = UInt8(truncatingIfNeeded: rng.next())
            table.set(key, value)
            model[key == 0 ? 1 : key] = value
        }
        // below the cap nothing is evicted: growth comes first
        #expect(table.slots < 1 << 22)
        #expect(table.count == model.count)
        #expect(table.count * 2 <= table.slots)
        for (key, value) in model { #expect(table[key] == value) }
        #expect(table[0] == model[1])
        var absent = 0
        for _ in 0..<10_000 where table[rng.next() | 1 << 63] != nil { absent += 1 }
        #expect(absent == 0)
    }

    /// At the cap it never holds more than `maxSlots` entries and keeps the newest ones: every
    /// key just set is found, and a recent window is mostly kept.
    @Test func atTheCapItForgetsOldEntries() {
        let cap = 1 << 10
        var table = MemoryTable<UInt8>(maxSlots: cap, blank: 0)
        var keys: [UInt64] = []
        var rng = SplitMix64(state: 11)
        for i in 0..<(cap * 20) {
            let key = rng.next()
            keys.append(key)
            table.set(key, UInt8(i & 0xFF))
            #expect(table[key] == UInt8(i & 0xFF))
        }
        #expect(table.slots == cap)
        #expect(table.count <= cap)
        let oldest = keys.prefix(cap).filter { table.contains($0) }.count
        let newest = keys.suffix(cap / 4).filter { table.contains($0) }.count
        #expect(oldest < cap / 20, "the oldest entries are forgotten (\(oldest) of \(cap) kept)")
        #expect(newest > cap / 4 * 3 / 4, "the newest quarter is mostly kept (\(newest) of \(cap / 4))")
    }

    /// Insert answers as a set's insert does.
    @Test func insertIsASetInsert() {
        var table = MemoryTable<UInt8>(maxSlots: 1 << 12, initialSlots: 4, blank: 0)
        let answers = [table.insert(42), table.insert(42), table.insert(0), table.insert(1)]
        #expect(answers == [true, false, true, false], "0 and 1 share a slot")
        #expect(table.contains(42) && !table.contains(43))
    }

    /// The worker's memory: the counts that decide skips saturate instead of overflowing.
    @Test func rejectionCountsSaturate() {
        var memory = WorkerMemory()
        for _ in 0..<300 { memory.noteRejection(99) }
        #expect(memory.rejectionCount(99) == 255)
        #expect(memory.rejectionCount(98) == 0)
        let repeated = [memory.isRepeated(5), memory.isRepeated(5)]
        #expect(repeated == [false, true])
    }
}
