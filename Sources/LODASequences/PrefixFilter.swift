import LODANumber

/// A cheap necessary condition for a lookup hit, tested on a candidate's first terms
/// before it computes the rest of them: the normal forms of every target's first
/// `length` terms under the matchers' reductions, in hash sets.
///
/// The forms are chosen so that a candidate cell that matches a target through a matcher
/// on all `SequenceIndex.storedLength` terms has the same form on its first terms:
/// - `direct`, `linear1`, `linear2`, `affine`: T = a·C + b with a ≠ 0, so the affine normal
///   form (subtract the first term, divide by the gcd, make the first non-zero positive) of
///   the first terms agrees;
/// - `shift` (T(n) = C(n+1)): the candidate's terms 1… against the targets' 0…;
/// - `lag` (T(n) = C(n-1)): the candidate's terms 0… against the targets' 1…;
/// - `binary`, `decimal`: the residues shifted by the most frequent of the first
///   `keyLength` terms, exactly the index's reduction.
/// A profile that uses another matcher (`delta`, `binomial`) lets every cell pass.
public struct PrefixFilter: Sendable {
    /// Terms the candidate needs for every test (`shift` reads one more than `length`).
    public static let length = SequenceIndex.keyLength
    public static let candidateTerms = length + 1

    struct Tests: Sendable {
        var affine = false, shift = false, lag = false, binary = false, decimal = false, other = false
    }

    let forms: Set<UInt64>
    let tests: [Tests]  // 0: cell $0, 1: the other cells

    /// - Parameters: `matchers` for `$0`, `cellMatchers` for the other cells.
    public init(_ index: SequenceIndex, matchers: [MatcherName], cellMatchers: [MatcherName]) {
        func tests(_ names: [MatcherName]) -> Tests {
            var t = Tests()
            for name in names {
                switch name {
                case .direct, .linear1, .linear2, .affine: t.affine = true
                case .shift: t.shift = true
                case .lag: t.lag = true
                case .binary: t.binary = true
                case .decimal: t.decimal = true
                case .delta, .binomial: t.other = true
                }
            }
            return t
        }
        self.tests = [tests(matchers), tests(cellMatchers)]
        let n = PrefixFilter.length
        var forms = Set<UInt64>()
        for position in 0..<index.database.count where index.includes(position) {
            guard let prefix = index.database.smallPrefix(at: position, n), prefix.count == n else { continue }
            prefix.withUnsafeBufferPointer { p in
                if let h = PrefixFilter.affineForm(p[0..<n], tag: 1) { forms.insert(h) }
                if let h = PrefixFilter.affineForm(p[1..<n], tag: 2) { forms.insert(h) }
                if let h = PrefixFilter.digitForm(p[0..<n], base: 2, target: true) { forms.insert(h) }
                if let h = PrefixFilter.digitForm(p[0..<n], base: 10, target: true) { forms.insert(h) }
            }
        }
        self.forms = forms
    }

    /// Whether cell `cell`'s first terms could match some target through the matchers
    /// used on that cell (false means no lookup of its full terms can hit).
    public func admits(_ terms: [Int], cell: Int) -> Bool {
        let t = tests[cell == 0 ? 0 : 1]
        if t.other { return true }
        let n = PrefixFilter.length
        guard terms.count >= n else { return false }
        return terms.withUnsafeBufferPointer { p in
            if t.affine, let h = PrefixFilter.affineForm(p[0..<n], tag: 1), forms.contains(h) { return true }
            if t.shift, p.count > n, let h = PrefixFilter.affineForm(p[1...n], tag: 1), forms.contains(h) { return true }
            if t.lag, let h = PrefixFilter.affineForm(p[0..<(n - 1)], tag: 2), forms.contains(h) { return true }
            if t.binary, let h = PrefixFilter.digitForm(p[0..<n], base: 2, target: false), forms.contains(h) { return true }
            if t.decimal, let h = PrefixFilter.digitForm(p[0..<n], base: 10, target: false), forms.contains(h) { return true }
            return false
        }
    }

    /// The hash of (x - x₀) / g with the first non-zero positive; nil on overflow.
    static func affineForm(_ terms: Slice<UnsafeBufferPointer<Int>>, tag: UInt64) -> UInt64? {
        guard let first = terms.first else { return nil }
        var g: UInt = 0
        var lead = 0
        for x in terms {
            let (d, overflow) = x.subtractingReportingOverflow(first)
            if overflow { return nil }
            if lead == 0 { lead = d }
            g = greatestCommonDivisor(g, d.magnitude)
        }
        if g > UInt(Int.max) { return nil }  // every difference 0 or -2^63
        let divisor = Int(g)
        var h: UInt64 = FNV1a.basis ^ (tag &* 0x9E37_79B9_7F4A_7C15)
        for x in terms {
            var d = divisor == 0 ? 0 : (x &- first) / divisor
            if lead < 0 { d = 0 &- d }  // wraps only for -2^63, the same on both sides
            h = FNV1a.mix(h, UInt64(bitPattern: Int64(d)))
        }
        return h
    }

    /// The hash of the residues mod `base` shifted so that the most frequent is 0 (as
    /// `DigitMatcher` reduces); nil for a target with a term outside 0..<base.
    static func digitForm(_ terms: Slice<UnsafeBufferPointer<Int>>, base: Int, target: Bool) -> UInt64? {
        if target, terms.contains(where: { $0 < 0 || $0 >= base }) { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: base) { counts in
            counts.initialize(repeating: 0)
            for x in terms { counts[((x % base) + base) % base] += 1 }
            var d = 0, best = 0
            for r in 0..<base where counts[r] > best { (d, best) = (r, counts[r]) }
            var h: UInt64 = FNV1a.basis ^ (UInt64(base) &* 0xC2B2_AE3D_27D4_EB4F)
            for x in terms { h = FNV1a.mix(h, UInt64((((x % base) + base) % base - d + base) % base)) }
            return h
        }
    }
}
