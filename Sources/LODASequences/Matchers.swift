import LODACore
import LODANumber

/// T = C.
public struct DirectMatcher: Matcher {
    public init() {}
    public var name: String { "direct" }
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }
    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? { body }
    public func describe(candidate: Parameters, target: Parameters) -> String { "T = C" }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { terms }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count - 1, $0) }
    }
}

/// T = (C - o1) / f1 * f2 + o2 for sequences without negative terms (the reference's
/// `linear1`: subtract the minimum, then divide by the gcd), or with the two steps in
/// the other order (`linear2`: divide by the gcd, then subtract the minimum).
public struct LinearMatcher: Matcher {
    public let divideFirst: Bool
    public init(divideFirst: Bool) { self.divideFirst = divideFirst }
    public var name: String { divideFirst ? "linear2" : "linear1" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let low = terms.min(), low >= 0 else { return nil }
        load(&key, terms)
        if divideFirst {
            let f = commonFactor(key)
            divide(&key, f)
            let o = key.min() ?? 0
            _ = subtract(&key, o)
            return Parameters(f, o)
        }
        _ = subtract(&key, low)
        let f = commonFactor(key)
        divide(&key, f)
        return Parameters(low, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        if divideFirst {
            let (shift, overflow) = t[1].subtractingReportingOverflow(c[1])
            if overflow { return nil }
            return body.appending(affine(div: c[0]) + affine(add: shift) + affine(mul: t[0]))
        }
        return body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
        divideFirst ? "T = (C / \(c[0]) + \(t[1] - c[1])) * \(t[0])" : "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }

    /// The target term of candidate term `x`.
    func predictTerm(_ x: Int, candidate c: Parameters, target t: Parameters) -> Int? {
        guard divideFirst else { return affineMap(x, sub: c[0], div: c[1], mul: t[1], add: t[0]) }
        return affineMap(x, sub: 0, div: c[0], mul: 1, add: t[1] - c[1]).flatMap { affineMap($0, sub: 0, div: 1, mul: t[0], add: 0) }
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        mapEach(terms) { predictTerm($0, candidate: c, target: t) }
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.flatMap { predictTerm($0, candidate: c, target: t) }.map { (terms.count - 1, $0) }
    }
}

/// T = (C - C(0)) / g1 * g2 + T(0) with signs: covers negation and sequences with
/// negative terms, which the reference's linear matchers skip.
public struct AffineMatcher: Matcher {
    public init() {}
    public var name: String { "affine" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        load(&key, terms)
        guard subtract(&key, first) else { return nil }
        var f = commonFactor(key)
        if let lead = key.first(where: { $0 != 0 }), lead < 0 { f = -f }
        guard divide(&key, f) else { return nil }
        return Parameters(first, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
        "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        affineMap(terms, sub: c[0], div: c[1], mul: t[1], add: t[0])
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.flatMap { affineMap($0, sub: c[0], div: c[1], mul: t[1], add: t[0]) }.map { (terms.count - 1, $0) }
    }
}

/// T(n) = C(n + 1): the candidate computes the target one index early.
public struct ShiftMatcher: Matcher {
    public init() {}
    public var name: String { "shift" }
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }
    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard terms.count > 1 else { return nil }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: terms.dropFirst())
        return Parameters()
    }
    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? {
        body.prepending(Program.shiftInput(1))
    }
    public func describe(candidate: Parameters, target: Parameters) -> String { "T(n) = C(n+1)" }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { Array(terms.dropFirst()) }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        terms.count > 1 ? (terms.count - 2, terms[terms.count - 1]) : nil
    }
}

/// T(n) = C(n - 1) for n >= 1: the target has one more term in front, kept as a parameter.
public struct LagMatcher: Matcher {
    public init() {}
    public var name: String { "lag" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: terms.dropFirst())
        return Parameters(first)
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        load(&key, terms)
        return Parameters(first)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
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

    public func describe(candidate: Parameters, target t: Parameters) -> String { "T(n) = C(n-1), T(0) = \(t[0])" }
    public func predict(_ terms: [Int], candidate: Parameters, target t: Parameters) -> [Int]? { [t[0]] + terms }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count, $0) }
    }
}

/// Digit and bit sequences: T = (C + d) mod b, where T's terms all lie in 0..b-1.
/// Both sides are reduced mod b and shifted so that their most frequent residue is 0.
public struct DigitMatcher: Matcher {
    public let base: Int
    public init(base: Int) { self.base = base }
    public var name: String { base == 2 ? "binary" : base == 10 ? "decimal" : "mod\(base)" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard terms.allSatisfy({ $0 >= 0 && $0 < base }) else { return nil }
        return reduceCandidate(terms, into: &key)
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        for i in key.indices { key[i] = ((key[i] % base) + base) % base }
        // the most frequent residue among the key terms (the smallest on ties)
        var d = 0, best = 0
        for r in 0..<base {
            var n = 0
            for x in key.prefix(SequenceIndex.keyLength) where x == r { n += 1 }
            if n > best { (d, best) = (r, n) }
        }
        if d != 0 { for i in key.indices { key[i] = (key[i] - d + base) % base } }
        return Parameters(d)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        body.appending(affine(add: t[0] - c[0]) + [
            Instruction(.mod, .cell(0), .value(base)), Instruction(.add, .cell(0), .value(base)),
            Instruction(.mod, .cell(0), .value(base)),
        ])
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String { "T = (C + \(t[0] - c[0])) mod \(base)" }
    /// The target term of candidate term `x` (-1, which no target has, on overflow).
    func predictTerm(_ x: Int, candidate c: Parameters, target t: Parameters) -> Int {
        let (y, overflow) = x.addingReportingOverflow(t[0] - c[0])
        return overflow ? -1 : ((y % base) + base) % base
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        terms.map { predictTerm($0, candidate: c, target: t) }
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count - 1, predictTerm($0, candidate: c, target: t)) }
    }
}

/// Repeated differences of non-decreasing sequences (with a virtual 0 before the first
/// term, so partial sums undo them exactly), then `linear1`. T = S^kT(L(D^kC(C))).
public struct DeltaMatcher: Matcher {
    public static let maxDepth = 3
    public init() {}
    public var name: String { "delta" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        var k = 0
        while k < DeltaMatcher.maxDepth, let first = key.first, first >= 0 {
            var changed = false
            for i in key.indices.dropFirst() {
                if key[i] < key[i - 1] { return finish(&key, k) }
                if key[i - 1] != 0 { changed = true }
            }
            guard changed else { break }
            var i = key.count - 1
            while i > 0 {
                key[i] -= key[i - 1]  // no overflow: the sequence is non-decreasing from >= 0
                i -= 1
            }
            k += 1
        }
        return finish(&key, k)
    }

    func finish(_ key: inout [Int], _ k: Int) -> Parameters? {
        guard k > 0, let low = key.min(), low >= 0 else { return nil }
        _ = subtract(&key, low)
        let f = commonFactor(key)
        divide(&key, f)
        return Parameters(k, low, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
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

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
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

    /// The inverse binomial transform of T (what C must be): the leading entries of
    /// T's difference table, computed in place.
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        for j in key.indices.dropFirst() {
            var i = key.count - 1
            while i >= j {
                let (d, overflow) = key[i].subtractingReportingOverflow(key[i - 1])
                if overflow { return nil }
                key[i] = d
                i -= 1
            }
        }
        return Parameters()
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }

    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? {
        body.wrapped(.binomialTransform)
    }

    public func describe(candidate: Parameters, target: Parameters) -> String { "T = binomial transform of C" }
}
