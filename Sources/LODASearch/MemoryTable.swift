/// A hash table of 64-bit keys (already hashes) with a hard bound on its memory, for the
/// worker's memories. Each key may sit in either of two 4-way buckets (two choices keep the
/// buckets even, so the table fills to half before it must grow). Below `maxSlots` it forgets
/// nothing: it doubles when half full or when both buckets of a new key are full. At
/// `maxSlots` it forgets an old entry for each new one (the victim picked by the new key's
/// bits). Forgetting is safe for its users: a forgotten behaviour is only screened again.
/// Key 0 marks an empty slot, so a key of 0 is stored as 1.
struct MemoryTable<Value: BitwiseCopyable>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let blank: Value
    /// Slots in use (entries replaced at the cap are not counted twice).
    private(set) var count = 0
    let maxSlots: Int
    static var ways: Int { 4 }

    /// A table of at most `maxSlots` entries (a power of two, at least `ways`), starting at
    /// `initialSlots`; `blank` fills empty value slots.
    init(maxSlots: Int, initialSlots: Int = 1 << 12, blank: Value) {
        precondition(maxSlots >= Self.ways && maxSlots & (maxSlots - 1) == 0, "maxSlots must be a power of two")
        self.maxSlots = maxSlots
        self.blank = blank
        let slots = min(max(initialSlots, Self.ways), maxSlots)
        keys = [UInt64](repeating: 0, count: slots)
        values = [Value](repeating: blank, count: slots)
    }

    var slots: Int { keys.count }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The first slots of the key's two buckets.
    @inline(__always)
    private func buckets(_ key: UInt64) -> (Int, Int) {
        let mask = keys.count / Self.ways - 1
        let h = key &* 0x9E37_79B9_7F4A_7C15
        let first = Int(truncatingIfNeeded: h >> 32) & mask
        let second = Int(truncatingIfNeeded: (h >> 8) ^ (key >> 40)) & mask
        return (first &* Self.ways, second &* Self.ways)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int? {
        let (first, second) = buckets(key)
        for s in first..<(first + Self.ways) where keys[s] == key { return s }
        for s in second..<(second + Self.ways) where keys[s] == key { return s }
        return nil
    }

    subscript(key: UInt64) -> Value? {
        let k = Self.stored(key)
        return slot(of: k).map { values[$0] }
    }

    func contains(_ key: UInt64) -> Bool { slot(of: Self.stored(key)) != nil }

    /// Stores the value for the key: replacing its old value, else in an empty slot of one of
    /// its buckets, growing the table when it is half full or both buckets are full, and at
    /// the cap in place of another key's entry.
    mutating func set(_ key: UInt64, _ value: Value) {
        let k = Self.stored(key)
        if let s = slot(of: k) {
            values[s] = value
            return
        }
        if count * 2 >= keys.count && keys.count < maxSlots { grow() }
        while !place(k, value) { grow() }
    }

    /// Puts a new key in an empty slot of its first bucket, else of its second; false when
    /// both are full below the cap.
    private mutating func place(_ k: UInt64, _ value: Value) -> Bool {
        let (first, second) = buckets(k)
        var empty: Int?
        for s in first..<(first + Self.ways) where keys[s] == 0 {
            empty = s
            break
        }
        if empty == nil {
            for s in second..<(second + Self.ways) where keys[s] == 0 {
                empty = s
                break
            }
        }
        if let s = empty {
            keys[s] = k
            values[s] = value
            count += 1
            return true
        }
        guard keys.count >= maxSlots else { return false }
        let victim = (k >> 63 == 0 ? first : second) + Int(truncatingIfNeeded: (k >> 61) & 3)
        keys[victim] = k
        values[victim] = value
        return true
    }

    /// Adds the key (a set's insert); false when it was there already.
    mutating func insert(_ key: UInt64) -> Bool {
        if contains(key) { return false }
        set(key, blank)
        return true
    }

    /// Doubles the table (again while some bucket overflows, up to the cap) and moves every entry.
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        var size = keys.count * 2
        rehash: while true {
            keys = [UInt64](repeating: 0, count: size)
            values = [Value](repeating: blank, count: size)
            count = 0
            for s in oldKeys.indices where oldKeys[s] != 0 {
                if !place(oldKeys[s], oldValues[s]) {
                    size *= 2
                    continue rehash
                }
            }
            return
        }
    }
}
