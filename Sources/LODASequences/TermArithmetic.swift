import LODACore
import LODANumber

// Helpers on Int sequences for the matchers (nil when a value overflows).

/// gcd of the non-zero terms (1 when all are zero).
func commonFactor(_ terms: [Int]) -> Int {
    var g = 0
    for t in terms where t != 0 {
        if t == .min { return 1 }
        g = Int(greatestCommonDivisor(g.magnitude, t.magnitude))
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
