import LODACore
import LODANumber

/// What one worker remembers of the behaviours it has met, so that the same behaviour is
/// not screened, looked up or checked again. Keys are hashes of a cell's computed terms
/// (and whether it is `$0`, which is looked up through more matchers). Every table is a
/// `MemoryTable` of at most `slots` entries: a worker's memory stays under about 350 MiB however
/// long it mines, and past that it forgets old entries one by one (a forgotten behaviour is
/// screened again; nothing is lost).
public struct WorkerMemory: Sendable {
    /// Entries per table (a power of two).
    static let slots = 1 << 22
    /// Fingerprints of whole candidates (every usable cell's first terms) → the shortest
    /// candidate with it (lengths here and below: instructions, at most 255).
    var fingerprints = MemoryTable<UInt8>(maxSlots: slots, blank: 0)
    /// Hashes of the candidate programs' code.
    var programs = MemoryTable<UInt8>(maxSlots: slots, blank: 0)
    /// Cells (first 16 terms) whose lookup found no target: exact, the lookup reads only these.
    var quiet = MemoryTable<UInt8>(maxSlots: slots, blank: 0)
    /// Cells (their first 25 terms) whose every hit was rejected by prediction from these
    /// terms or was already claimed: exact, prediction reads only these terms.
    var settled = MemoryTable<UInt8>(maxSlots: slots, blank: 0)
    /// (cell's first 48 terms, target) → rejections by a term mismatch. After
    /// `rejectionsBeforeSkipping` the pair is not checked again: a program that agrees on 48
    /// terms with others that failed later is given up on (the one heuristic skip here;
    /// failures by step or time limits are not counted, so a faster program still gets its check).
    var rejections = MemoryTable<UInt8>(maxSlots: slots, blank: 0)
    static let rejectionsBeforeSkipping: UInt8 = 3
    /// Cells (first 16 terms) → times their extension to 25 terms settled every hit. After
    /// `extensionsBeforeSkipping` such cells are not looked up again: the second heuristic
    /// skip, for cells such as n or 2^n that agree with many targets on 16 terms and that
    /// candidates compute over and over.
    var barren = MemoryTable<Extensions>(maxSlots: slots, blank: Extensions(count: 0, shortest: .max))
    struct Extensions: BitwiseCopyable, Sendable { var count: UInt8; var shortest: UInt8 }
    static let extensionsBeforeSkipping: UInt8 = 3
    /// First terms of a whole candidate (every cell, 9 terms) → the fingerprint of its screened
    /// terms and how many later candidates with the same first terms confirmed it (`full` is 0
    /// once one did not: those first terms are not taken for a duplicate again while remembered).
    /// The third heuristic skip: after `confirmationsBeforeSkipping` confirmations, a candidate
    /// with these first terms counts as a duplicate without computing the rest of its screened terms.
    struct Prefix: BitwiseCopyable, Sendable { var full: UInt64; var confirmations: UInt8; var shortest: UInt8 }
    var prefixes = MemoryTable<Prefix>(maxSlots: slots, blank: Prefix(full: 0, confirmations: 0, shortest: 0))
    static let confirmationsBeforeSkipping: UInt8 = 2

    public init() {}

    /// Whether a program with this code hash was generated before; remembers it.
    mutating func isRepeated(_ code: UInt64) -> Bool { !programs.insert(code) }

    func isQuiet(_ key: UInt64) -> Bool { quiet.contains(key) }

    mutating func noteQuiet(_ key: UInt64) { _ = quiet.insert(key) }

    func rejectionCount(_ pair: UInt64) -> UInt8 { rejections[pair] ?? 0 }

    mutating func noteRejection(_ pair: UInt64) { rejections.set(pair, min(rejectionCount(pair), .max - 1) + 1) }

    /// Whether a candidate with these first terms (`MiningSession.fingerprint`) is taken for
    /// a duplicate: its first terms were confirmed often enough and never diverged.
    func isKnownDuplicate(_ prefix: UInt64, length: UInt8) -> Bool {
        guard let p = prefixes[prefix] else { return false }
        return p.confirmations >= WorkerMemory.confirmationsBeforeSkipping && length >= p.shortest
    }

    /// Records a candidate's fingerprint; false when an earlier candidate with it was no longer.
    mutating func noteFingerprint(_ fingerprint: UInt64, length: UInt8) -> Bool {
        if let seen = fingerprints[fingerprint], seen <= length { return false }
        fingerprints.set(fingerprint, length)
        return true
    }

    func isSettled(_ key: UInt64, length: UInt8) -> Bool { settled[key].map { $0 <= length } ?? false }

    mutating func settle(_ key: UInt64, length: UInt8) {
        settled.set(key, min(settled[key] ?? .max, length))
    }

    func isBarren(_ key: UInt64, length: UInt8) -> Bool {
        guard let b = barren[key] else { return false }
        return b.count >= WorkerMemory.extensionsBeforeSkipping && length >= b.shortest
    }

    mutating func noteBarren(_ key: UInt64, length: UInt8) {
        let b = barren[key] ?? Extensions(count: 0, shortest: .max)
        barren.set(key, Extensions(count: b.count == .max ? b.count : b.count + 1, shortest: min(b.shortest, length)))
    }

    /// Records that a candidate with these first terms had this screened fingerprint: the
    /// first time it is remembered, the same again confirms it, a different one marks the
    /// first terms as diverging (never skipped by them again).
    mutating func note(_ prefix: UInt64, ledTo fingerprint: UInt64, length: UInt8) {
        guard let seen = prefixes[prefix] else {
            prefixes.set(prefix, Prefix(full: fingerprint, confirmations: 0, shortest: length))
            return
        }
        if seen.full == fingerprint {
            prefixes.set(prefix, Prefix(full: fingerprint, confirmations: min(seen.confirmations, 100) + 1, shortest: min(seen.shortest, length)))
        } else if seen.full != 0 {
            prefixes.set(prefix, Prefix(full: 0, confirmations: 0, shortest: 0))
        }
    }

    /// FNV-1a, the one mixing step of every key and fingerprint here.
    @inline(__always)
    static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 { FNV1a.mix(h, x) }

    /// A hash of a candidate's code.
    static func hash(_ code: [CompactInstruction]) -> UInt64 {
        var h = FNV1a.basis
        for ins in code {
            h = mix(h, UInt64(ins.opcode.rawValue) | UInt64(ins.targetMode.rawValue) << 8 | UInt64(ins.sourceMode.rawValue) << 16)
            h = mix(mix(h, UInt64(bitPattern: Int64(ins.target))), UInt64(bitPattern: Int64(ins.source)))
        }
        return h
    }

    @inline(__always)
    static func key(_ terms: [Int], cell: Int) -> UInt64 {
        var h = FNV1a.basis ^ (cell == 0 ? 0 : 0x9E37_79B9_7F4A_7C15)
        for v in terms { h = mix(h, UInt64(bitPattern: Int64(v))) }
        return mix(h, UInt64(terms.count))
    }

    @inline(__always)
    static func pair(_ key: UInt64, _ sequence: Int) -> UInt64 {
        mix(key, UInt64(bitPattern: Int64(sequence)) &* 0xD6E8_FEB8_6659_FD93)
    }
}
