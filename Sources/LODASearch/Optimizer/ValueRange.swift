import LODANumber

/// The values a cell may hold at a point of a program: every integer in `lo...hi`, where a
/// missing bound means "as far as a cell can go" (magnitude below 2^3840).
///
/// The optimizer's range analysis uses it to prove that an instruction cannot fail (no
/// overflow, no division by zero, no undefined `log`, ...), which every rewrite that removes,
/// merges or moves an instruction needs in order to keep the program's errors exactly.
struct ValueRange: Hashable {
    var lo: Number?
    var hi: Number?

    static let any = ValueRange(lo: nil, hi: nil)
    static let zero = ValueRange.constant(0)
    static let bit = ValueRange(lo: 0, hi: 1)
    /// The input of a program: any 64-bit integer (every term a program is asked for, and
    /// every `seq` argument below 2^63).
    static let input = ValueRange(lo: Number(Int.min), hi: Number(Int.max))

    static func constant(_ v: Number) -> ValueRange { ValueRange(lo: v, hi: v) }
    static func constant(_ v: Int) -> ValueRange { .constant(Number(v)) }

    var constant: Number? {
        guard let lo, let hi, lo == hi else { return nil }
        return lo
    }

    var isBounded: Bool { lo != nil && hi != nil }
    var isNonNegative: Bool { lo.map { $0.signum >= 0 } ?? false }
    var isNonPositive: Bool { hi.map { $0.signum <= 0 } ?? false }
    var isPositive: Bool { lo.map { $0.signum > 0 } ?? false }
    var isNegative: Bool { hi.map { $0.signum < 0 } ?? false }
    var excludesZero: Bool { isPositive || isNegative }

    /// Every value is at least `v`.
    func atLeast(_ v: Int) -> Bool { lo.map { $0 >= Number(v) } ?? false }
    /// Every value is at most `v`.
    func atMost(_ v: Int) -> Bool { hi.map { $0 <= Number(v) } ?? false }

    func contains(_ v: Number) -> Bool {
        (lo.map { $0 <= v } ?? true) && (hi.map { v <= $0 } ?? true)
    }

    /// The largest magnitude, when bounded.
    var maxMagnitude: Number? {
        guard let lo, let hi else { return nil }
        let a = lo.magnitudeValue, b = hi.magnitudeValue
        return a < b ? b : a
    }

    /// Both ranges' values.
    func union(_ o: ValueRange) -> ValueRange {
        ValueRange(lo: ValueRange.minBound(lo, o.lo), hi: ValueRange.maxBound(hi, o.hi))
    }

    /// Widening after repeated growth: a bound that moved is dropped.
    func widened(to next: ValueRange) -> ValueRange {
        let keepLo = lo != nil && next.lo != nil && next.lo! >= lo!
        let keepHi = hi != nil && next.hi != nil && next.hi! <= hi!
        return ValueRange(lo: keepLo ? lo : nil, hi: keepHi ? hi : nil)
    }

    /// The values of this range that are also at least `v`.
    func clampedBelow(_ v: Number) -> ValueRange {
        var r = self
        if lo == nil || lo! < v { r.lo = v }
        if let h = r.hi, h < r.lo! { return ValueRange(lo: v, hi: v) }  // empty: keep a point (unreachable)
        return r
    }

    /// Whether every value of `a` lies in `b`.
    static func within(_ a: ValueRange, _ b: ValueRange) -> Bool {
        let loOK = b.lo == nil || (a.lo != nil && a.lo! >= b.lo!)
        let hiOK = b.hi == nil || (a.hi != nil && a.hi! <= b.hi!)
        return loOK && hiOK
    }

    /// A bound that is within the LODA limit, or nil (beyond it, values cannot be stored).
    static func bound(_ v: Number?) -> Number? { v.flatMap { $0.isWithinLimit ? $0 : nil } }

    /// nil (unbounded below) is the smallest lower bound.
    static func minBound(_ a: Number?, _ b: Number?) -> Number? {
        guard let a, let b else { return nil }
        return a < b ? a : b
    }

    /// nil (unbounded above) is the largest upper bound.
    static func maxBound(_ a: Number?, _ b: Number?) -> Number? {
        guard let a, let b else { return nil }
        return a < b ? b : a
    }

}

extension ValueRange: CustomStringConvertible {
    var description: String { "[\(lo?.description ?? "-inf")..\(hi?.description ?? "inf")]" }
}
