import LODACore
import LODANumber

/// T = C.
public struct DirectMatcher: Matcher {
    public init() {}
    public var name: String { "direct" }
    public func reduceTarget(_ terms: [Int]) -> Reduction? { Reduction(key: terms) }
    public func extend(_ body: Program, candidate: [Int], target: [Int]) -> Program? { body }
    public func describe(candidate: [Int], target: [Int]) -> String { "T = C" }
}

/// T = (C - o1) / f1 * f2 + o2 for sequences without negative terms (the reference's
/// `linear1`: subtract the minimum, then divide by the gcd), or with the two steps in
/// the other order (`linear2`: divide by the gcd, then subtract the minimum).
public struct LinearMatcher: Matcher {
    public let divideFirst: Bool
    public init(divideFirst: Bool) { self.divideFirst = divideFirst }
    public var name: String { divideFirst ? "linear2" : "linear1" }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        guard let low = terms.min(), low >= 0 else { return nil }
        if divideFirst {
            let f = commonFactor(terms)
            let scaled = terms.map { $0 / f }
            let o = scaled.min() ?? 0
            return subtracting(scaled, o).map { Reduction(key: $0, parameters: [f, o]) }
        }
        guard let shifted = subtracting(terms, low) else { return nil }
        let f = commonFactor(shifted)
        return Reduction(key: shifted.map { $0 / f }, parameters: [low, f])
    }

    public func extend(_ body: Program, candidate c: [Int], target t: [Int]) -> Program? {
        if divideFirst {
            let (shift, overflow) = t[1].subtractingReportingOverflow(c[1])
            if overflow { return nil }
            return body.appending(affine(div: c[0]) + affine(add: shift) + affine(mul: t[0]))
        }
        return body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: [Int], target t: [Int]) -> String {
        divideFirst ? "T = (C / \(c[0]) + \(t[1] - c[1])) * \(t[0])" : "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }
}

/// T = (C - C(0)) / g1 * g2 + T(0) with signs: covers negation and sequences with
/// negative terms, which the reference's linear matchers skip.
public struct AffineMatcher: Matcher {
    public init() {}
    public var name: String { "affine" }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        guard let first = terms.first, let shifted = subtracting(terms, first) else { return nil }
        var f = commonFactor(shifted)
        if let lead = shifted.first(where: { $0 != 0 }), lead < 0 { f = -f }
        return Reduction(key: shifted.map { $0 / f }, parameters: [first, f])
    }

    public func extend(_ body: Program, candidate c: [Int], target t: [Int]) -> Program? {
        body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: [Int], target t: [Int]) -> String {
        "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }
}

/// T(n) = C(n + 1): the candidate computes the target one index early.
public struct ShiftMatcher: Matcher {
    public init() {}
    public var name: String { "shift" }
    public func reduceTarget(_ terms: [Int]) -> Reduction? { Reduction(key: terms) }
    public func reduceCandidate(_ terms: [Int]) -> Reduction? {
        terms.count > 1 ? Reduction(key: Array(terms.dropFirst())) : nil
    }
    public func extend(_ body: Program, candidate: [Int], target: [Int]) -> Program? {
        body.prepending(Program.shiftInput(1))
    }
    public func describe(candidate: [Int], target: [Int]) -> String { "T(n) = C(n+1)" }
}

/// Digit and bit sequences: T = (C + d) mod b, where T's terms all lie in 0..b-1.
/// Both sides are reduced mod b and shifted so that their most frequent residue is 0.
public struct DigitMatcher: Matcher {
    public let base: Int
    public init(base: Int) { self.base = base }
    public var name: String { base == 2 ? "binary" : base == 10 ? "decimal" : "mod\(base)" }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        guard terms.allSatisfy({ $0 >= 0 && $0 < base }) else { return nil }
        return reduceCandidate(terms)
    }

    public func reduceCandidate(_ terms: [Int]) -> Reduction? {
        let residues = terms.map { (($0 % base) + base) % base }
        var counts = [Int](repeating: 0, count: base)
        for r in residues.prefix(SequenceIndex.keyLength) { counts[r] += 1 }
        let d = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return Reduction(key: residues.map { ($0 - d + base) % base }, parameters: [d])
    }

    public func extend(_ body: Program, candidate c: [Int], target t: [Int]) -> Program? {
        body.appending(affine(add: t[0] - c[0]) + [
            Instruction(.mod, .cell(0), .value(base)), Instruction(.add, .cell(0), .value(base)),
            Instruction(.mod, .cell(0), .value(base)),
        ])
    }

    public func describe(candidate c: [Int], target t: [Int]) -> String { "T = (C + \(t[0] - c[0])) mod \(base)" }
}

/// Repeated differences of non-decreasing sequences (with a virtual 0 before the first
/// term, so partial sums undo them exactly), then `linear1`. T = S^kT(L(D^kC(C))).
public struct DeltaMatcher: Matcher {
    public static let maxDepth = 3
    public init() {}
    public var name: String { "delta" }

    static func differences(_ s: [Int]) -> [Int]? {
        var out = s
        for i in stride(from: s.count - 1, to: 0, by: -1) {
            let (d, overflow) = s[i].subtractingReportingOverflow(s[i - 1])
            if overflow { return nil }
            out[i] = d
        }
        return out
    }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        var s = terms
        var k = 0
        while k < DeltaMatcher.maxDepth, let first = s.first, first >= 0,
              zip(s, s.dropFirst()).allSatisfy({ $0 <= $1 }), let d = DeltaMatcher.differences(s), d != s {
            s = d
            k += 1
        }
        guard k > 0, let linear = LinearMatcher(divideFirst: false).reduceTarget(s) else { return nil }
        return Reduction(key: linear.key, parameters: [k] + linear.parameters)
    }

    public func extend(_ body: Program, candidate c: [Int], target t: [Int]) -> Program? {
        var p = body
        for _ in 0..<c[0] {
            guard let w = p.wrapped(.differences) else { return nil }
            p = w
        }
        p = p.appending(affine(sub: c[1], div: c[2], mul: t[2], add: t[1]))
        for _ in 0..<t[0] {
            guard let w = p.wrapped(.partialSums) else { return nil }
            p = w
        }
        return p
    }

    public func describe(candidate c: [Int], target t: [Int]) -> String {
        var text = "C"
        if c[0] > 0 { text = "Δ^\(c[0]) " + text }
        text = "(\(text) - \(c[1])) / \(c[2]) * \(t[2]) + \(t[1])"
        return "T = Σ^\(t[0]) " + text
    }
}

/// T is the binomial transform of C: T(n) = sum over k of C(n,k) C(k).
public struct BinomialMatcher: Matcher {
    public init() {}
    public var name: String { "binomial" }

    /// The inverse binomial transform of T (what C must be).
    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        var out: [Int] = []
        var row = [1]  // signed binomial row (-1)^(n-k) C(n,k)
        for n in terms.indices {
            if n > 0 {
                var next = [Int](repeating: 0, count: n + 1)
                next[0] = -row[0]
                for k in 1...n {
                    let (a, o1) = (k < row.count ? row[k] : 0).multipliedReportingOverflow(by: -1)
                    let (b, o2) = a.addingReportingOverflow(row[k - 1])
                    if o1 || o2 { return nil }
                    next[k] = b
                }
                row = next
            }
            var sum = 0
            for k in 0...n {
                let (p, o1) = row[k].multipliedReportingOverflow(by: terms[k])
                let (s, o2) = sum.addingReportingOverflow(p)
                if o1 || o2 { return nil }
                sum = s
            }
            out.append(sum)
        }
        return Reduction(key: out)
    }

    public func reduceCandidate(_ terms: [Int]) -> Reduction? { Reduction(key: terms) }

    public func extend(_ body: Program, candidate: [Int], target: [Int]) -> Program? {
        body.wrapped(.binomialTransform)
    }

    public func describe(candidate: [Int], target: [Int]) -> String { "T = binomial transform of C" }
}

/// T(n) = C(n - 1) for n >= 1: the target has one more term in front, kept as a parameter.
public struct LagMatcher: Matcher {
    public init() {}
    public var name: String { "lag" }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        guard let first = terms.first else { return nil }
        return Reduction(key: Array(terms.dropFirst()), parameters: [first])
    }

    public func reduceCandidate(_ terms: [Int]) -> Reduction? {
        guard let first = terms.first else { return nil }
        return Reduction(key: terms, parameters: [first])
    }

    public func extend(_ body: Program, candidate c: [Int], target t: [Int]) -> Program? {
        guard let m = body.highestCell else { return nil }
        let (fix, overflow) = t[0].subtractingReportingOverflow(c[0])
        if overflow { return nil }
        let n = m + 1, flag = m + 2
        // run the body on max(n-1, 0), then correct the n = 0 term: + [n == 0] * (T(0) - C(0))
        var p = body.prepending([Instruction(.mov, .cell(n), .cell(0)), Instruction(.sub, .cell(0), .value(1)),
                                 Instruction(.max, .cell(0), .value(0))])
        if fix != 0 {
            p = p.appending([Instruction(.mov, .cell(flag), .cell(n)), Instruction(.equ, .cell(flag), .value(0)),
                             Instruction(.mul, .cell(flag), .value(fix)), Instruction(.add, .cell(0), .cell(flag))])
        }
        return p
    }

    public func describe(candidate: [Int], target t: [Int]) -> String { "T(n) = C(n-1), T(0) = \(t[0])" }
}
