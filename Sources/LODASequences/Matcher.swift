import LODACore
import LODANumber

/// The parameters that undo a reduction (at most three numbers, stored inline so that
/// reducing allocates nothing).
public struct Parameters: Hashable, Sendable, CustomStringConvertible {
    public private(set) var count = 0
    private var values: (Int, Int, Int) = (0, 0, 0)

    // Fixed-arity initialisers: the variadic one allocates an array, and matchers build
    // parameters on every lookup.
    public init() {}
    public init(_ a: Int) { append(a) }
    public init(_ a: Int, _ b: Int) { append(a); append(b) }

    public init(_ list: Int...) {
        precondition(list.count <= 3)
        for v in list { append(v) }
    }

    public mutating func append(_ v: Int) {
        switch count {
        case 0: values.0 = v
        case 1: values.1 = v
        default: values.2 = v
        }
        count += 1
    }

    public subscript(i: Int) -> Int { i == 0 ? values.0 : i == 1 ? values.1 : values.2 }

    public static func == (a: Parameters, b: Parameters) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }
    public func hash(into h: inout Hasher) { for i in 0..<count { h.combine(self[i]) } }
    public var description: String { "[" + (0..<count).map { String(self[$0]) }.joined(separator: ",") + "]" }
}

/// A reduced sequence with its parameters (convenience for tests and people).
public struct Reduction: Hashable, Sendable {
    public var key: [Int]
    public var parameters: Parameters
}

/// Relates a target sequence T to a candidate sequence C (what a program computes).
///
/// When `reduceTarget(T)` and `reduceCandidate(C)` give the same key, `extend` turns a
/// program for C into one for T. Everything works in index space from 0: term i of
/// both sequences; callers add the offsets. A match is only a hint: the extended
/// program must still be evaluated and checked against all known terms.
public protocol Matcher: Sendable {
    /// Short name (`direct`, `linear1`, ...).
    var name: String { get }
    /// Reduces a target into `key` (reusing its storage); nil when the matcher does not apply.
    func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters?
    /// Reduces a candidate (by default as a target).
    func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters?
    /// A program for T from `body`, a program computing C(i) from `$0 = i`.
    func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program?
    /// The relation in words, e.g. `T = (C - 1) / 2 * 3`.
    func describe(candidate: Parameters, target: Parameters) -> String
    /// The target's first terms predicted from the candidate's, as the extended program
    /// would compute them (LODA's truncating division); nil when not cheaply computable.
    func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]?
    /// The target term that the candidate's last term determines, as (index, value): what
    /// `predict` would add for that term, without building the rest (nil when unknown).
    func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)?
}

extension Matcher {
    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? { reduceTarget(terms, into: &key) }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { nil }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        guard let p = predict(terms, candidate: candidate, target: target), let last = p.last else { return nil }
        return (p.count - 1, last)
    }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        var key: [Int] = []
        return reduceTarget(terms, into: &key).map { Reduction(key: key, parameters: $0) }
    }

    public func reduceCandidate(_ terms: [Int]) -> Reduction? {
        var key: [Int] = []
        return reduceCandidate(terms, into: &key).map { Reduction(key: key, parameters: $0) }
    }
}

/// The matchers Lodestone uses, in the order lookups report them (simplest first).
public enum Matchers {
    public static let all: [any Matcher] = [
        DirectMatcher(), LinearMatcher(divideFirst: false), LinearMatcher(divideFirst: true), AffineMatcher(),
        ShiftMatcher(), LagMatcher(), DigitMatcher(base: 2), DigitMatcher(base: 10), DeltaMatcher(), BinomialMatcher(),
    ]

    public static func named(_ name: String) -> (any Matcher)? { all.first { $0.name == name } }
}

// MARK: - Helpers on Int sequences (nil when a value overflows)

func gcd(_ a: Int, _ b: Int) -> Int {
    var x = a.magnitude, y = b.magnitude
    while y != 0 { (x, y) = (y, x % y) }
    return Int(x)
}

/// gcd of the non-zero terms (1 when all are zero).
func commonFactor(_ terms: [Int]) -> Int {
    var g = 0
    for t in terms where t != 0 {
        if t == .min { return 1 }
        g = gcd(g, t)
        if g == 1 { return 1 }
    }
    return g == 0 ? 1 : g
}

/// key := terms (reusing the key's storage).
@inline(__always)
func load(_ key: inout [Int], _ terms: [Int]) {
    key.removeAll(keepingCapacity: true)
    key.append(contentsOf: terms)
}

/// Subtracts `o` from every term of `key`; false on overflow.
func subtract(_ key: inout [Int], _ o: Int) -> Bool {
    if o == 0 { return true }
    for i in key.indices {
        let (r, overflow) = key[i].subtractingReportingOverflow(o)
        if overflow { return false }
        key[i] = r
    }
    return true
}

/// `(x - sub) / div * mul + add` with LODA's truncating division; nil on overflow or a zero divisor.
@inline(__always)
func affineMap(_ x: Int, sub: Int, div: Int, mul: Int, add: Int) -> Int? {
    let (a, o1) = x.subtractingReportingOverflow(sub)
    guard !o1, div != 0 else { return nil }
    let (b, o2) = a.dividedReportingOverflow(by: div)
    let (c, o3) = b.multipliedReportingOverflow(by: mul)
    let (d, o4) = c.addingReportingOverflow(add)
    return o2 || o3 || o4 ? nil : d
}

/// The same map on every term; nil when one overflows.
func affineMap(_ terms: [Int], sub: Int, div: Int, mul: Int, add: Int) -> [Int]? {
    mapEach(terms) { affineMap($0, sub: sub, div: div, mul: mul, add: add) }
}

/// `f` on every term; nil when it is nil for one. (Term-wise predictions: `predict` maps
/// every term, `predictNewest` only the last, with the same function.)
@inline(__always)
func mapEach(_ terms: [Int], _ f: (Int) -> Int?) -> [Int]? {
    var out: [Int] = []
    out.reserveCapacity(terms.count)
    for x in terms {
        guard let y = f(x) else { return nil }
        out.append(y)
    }
    return out
}

/// Divides every term of `key` by `f`; false on overflow (Int.min / -1).
@discardableResult
func divide(_ key: inout [Int], _ f: Int) -> Bool {
    if f == 1 { return true }
    for i in key.indices {
        let (q, overflow) = key[i].dividedReportingOverflow(by: f)
        if overflow { return false }
        key[i] = q
    }
    return true
}

/// Instructions computing `x * f + o`-style affine steps on `$0`, skipping no-ops.
func affine(sub: Int = 0, div: Int = 1, mul: Int = 1, add: Int = 0) -> [Instruction] {
    var out: [Instruction] = []
    if sub != 0 { out.append(Instruction(.sub, .cell(0), .value(sub))) }
    var d = div, m = mul
    if d != 1 && m != 1 {
        if m % d == 0 { m /= d; d = 1 } else if d % m == 0 { d /= m; m = 1 }
    }
    if d != 1 { out.append(Instruction(.div, .cell(0), .value(d))) }
    if m != 1 { out.append(Instruction(.mul, .cell(0), .value(m))) }
    if add != 0 { out.append(Instruction(.add, .cell(0), .value(add))) }
    return out
}
