import LODACore
import LODANumber

/// A sequence reduced to a canonical key, with the parameters that undo the reduction.
public struct Reduction: Hashable, Sendable {
    public var key: [Int]
    public var parameters: [Int]
    public init(key: [Int], parameters: [Int] = []) {
        self.key = key
        self.parameters = parameters
    }
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
    /// The target reduction; nil when the matcher does not apply to this sequence.
    func reduceTarget(_ terms: [Int]) -> Reduction?
    /// The candidate reduction (by default the same as the target's).
    func reduceCandidate(_ terms: [Int]) -> Reduction?
    /// A program for T from `body`, a program computing C(i) from `$0 = i`.
    func extend(_ body: Program, candidate: [Int], target: [Int]) -> Program?
    /// The relation in words, e.g. `T = (C - 1) / 2 * 3`.
    func describe(candidate: [Int], target: [Int]) -> String
}

extension Matcher {
    public func reduceCandidate(_ terms: [Int]) -> Reduction? { reduceTarget(terms) }
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

func subtracting(_ terms: [Int], _ o: Int) -> [Int]? {
    var out = terms
    for i in out.indices {
        let (r, overflow) = out[i].subtractingReportingOverflow(o)
        if overflow { return nil }
        out[i] = r
    }
    return out
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
