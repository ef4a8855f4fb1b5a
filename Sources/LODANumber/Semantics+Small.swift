#if canImport(Glibc)
    import Glibc
#endif

/// LODA arithmetic on values that fit in `Int`.
///
/// Every function returns nil when the small path cannot give the answer: the
/// result overflows `Int`, or the operation is undefined (INF). The caller then
/// runs the same operation through `BigKernel`, which decides between a big
/// result and INF. So nil never means "error" by itself.
public enum Semantics {
    @inlinable @inline(__always)
    public static func small(_ op: ArithmeticOperation, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .mov: return b
        case .add: return add(a, b)
        case .sub: return sub(a, b)
        case .trn:
            guard let r = sub(a, b) else { return nil }
            return r < 0 ? 0 : r
        case .mul: return mul(a, b)
        case .div: return div(a, b)
        case .mod: return mod(a, b)
        case .dif: return dif(a, b)
        case .dir: return dir(a, b)
        case .pow: return pow(a, b)
        case .gcd: return gcd(a, b)
        case .lex: return lex(a, b)
        case .bin: return bin(a, b)
        case .fac: return fac(a, b)
        case .log: return log(a, b)
        case .nrt: return nrt(a, b)
        case .dgs: return dgs(a, b)
        case .dgr: return dgr(a, b)
        case .equ: return a == b ? 1 : 0
        case .neq: return a != b ? 1 : 0
        case .leq: return a <= b ? 1 : 0
        case .geq: return a >= b ? 1 : 0
        case .min: return Swift.min(a, b)
        case .max: return Swift.max(a, b)
        case .ban: return a & b
        case .bor: return a | b
        case .bxo: return a ^ b
        }
    }

    @inlinable @inline(__always)
    public static func add(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? nil : r
    }

    @inlinable @inline(__always)
    public static func sub(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? nil : r
    }

    @inlinable @inline(__always)
    public static func mul(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? nil : r
    }

    @inlinable @inline(__always)
    public static func div(_ a: Int, _ b: Int) -> Int? {
        if b == 0 || (b == -1 && a == .min) { return nil }
        return a / b
    }

    @inlinable @inline(__always)
    public static func mod(_ a: Int, _ b: Int) -> Int? {
        if b == 0 { return nil }
        if b == -1 { return 0 }
        return a % b
    }

    @inlinable
    public static func dif(_ a: Int, _ b: Int) -> Int? {
        if b == 0 { return a }
        if b == -1 { return a == .min ? nil : -a }
        return a % b == 0 ? a / b : a
    }

    @inlinable
    public static func dir(_ a: Int, _ b: Int) -> Int? {
        if b == 0 || b == 1 || b == -1 { return a }
        var x = a
        while x != 0 && x % b == 0 { x /= b }
        return x
    }

    @inlinable
    public static func pow(_ a: Int, _ b: Int) -> Int? {
        if a == 1 { return 1 }
        if a == -1 { return b & 1 == 1 ? -1 : 1 }
        if a == 0 { return b > 0 ? 0 : (b == 0 ? 1 : nil) }
        if b < 0 { return 0 }
        if b >= 64 { return nil }
        var result = 1
        var base = a
        var e = b
        while true {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e == 0 { return result }
            let (sq, o) = base.multipliedReportingOverflow(by: base)
            if o { return nil }
            base = sq
        }
    }

    @inlinable
    public static func gcd(_ a: Int, _ b: Int) -> Int? {
        if a == .min || b == .min { return nil }
        return Int(greatestCommonDivisor(a.magnitude, b.magnitude))
    }

    @inlinable
    public static func lex(_ a: Int, _ b: Int) -> Int? {
        if b == 0 || b == 1 || b == -1 || a == 0 { return 0 }
        if a == .min || b == .min { return nil }
        var x = Swift.abs(a)
        let y = Swift.abs(b)
        var count = 0
        while x % y == 0 {
            x /= y
            count += 1
        }
        return count
    }

    /// Binomial coefficient with Kronenburg's extension to negative arguments.
    @inlinable
    public static func bin(_ n: Int, _ k: Int) -> Int? {
        var nn: Int
        var kk: Int
        var negative = false
        if n >= 0 {
            if k < 0 || k > n { return 0 }
            nn = n
            kk = k
        } else if k >= 0 {
            // (-1)^k * C(k - n - 1, k)
            guard let t = sub(k, n), let u = sub(t, 1) else { return nil }
            nn = u
            kk = k
            negative = k & 1 == 1
        } else if k <= n {
            // (-1)^(n-k) * C(-k - 1, n - k)
            guard let u = sub(-1, k) else { return nil }
            nn = u
            kk = n - k
            negative = kk & 1 == 1
        } else {
            return 0
        }
        if let twice = mul(kk, 2), nn < twice { kk = nn - kk }
        var r = 1
        var i = 0
        while i < kk {
            guard let p = mul(r, nn - i) else { return nil }
            r = p / (i + 1)
            i += 1
        }
        return negative ? -r : r
    }

    /// Rising (b >= 0) or falling (b < 0) factorial with |b| factors starting at a.
    @inlinable
    public static func fac(_ a: Int, _ b: Int) -> Int? {
        if b == 0 { return 1 }
        var r = 1
        var x = a
        let step = b > 0 ? 1 : -1
        var remaining = b.magnitude
        while remaining > 0 {
            guard let p = mul(r, x) else { return nil }
            r = p
            if r == 0 { return 0 }
            remaining -= 1
            if remaining == 0 { break }
            guard let nx = add(x, step) else { return nil }
            x = nx
        }
        return r
    }

    @inlinable
    public static func log(_ a: Int, _ b: Int) -> Int? {
        if a < 1 || b < 2 { return nil }
        var x = a
        var c = 0
        while x >= b {
            x /= b
            c += 1
        }
        return c
    }

    @inlinable
    public static func nrt(_ a: Int, _ b: Int) -> Int? {
        if a < 0 || b < 1 { return nil }
        if a <= 1 || b == 1 { return a }
        if b >= 63 { return 1 }
        var r = Int(Double(a).squareRoot())
        if b != 2 { r = Int(Glibc.pow(Double(a), 1.0 / Double(b))) }
        // Correct the floating-point estimate to the exact floor root.
        while r > 0 && !powAtMost(r, b, a) { r -= 1 }
        while powAtMost(r + 1, b, a) { r += 1 }
        return r
    }

    /// Whether x^e <= limit, without overflowing (x >= 0).
    @inlinable
    static func powAtMost(_ x: Int, _ e: Int, _ limit: Int) -> Bool {
        var p = 1
        for _ in 0..<e {
            let (q, o) = p.multipliedReportingOverflow(by: x)
            if o || q > limit { return false }
            p = q
        }
        return true
    }

    @inlinable
    public static func dgs(_ a: Int, _ b: Int) -> Int? {
        if b < 2 || a == .min { return nil }
        var x = Swift.abs(a)
        var sum = 0
        while x > 0 {
            sum += x % b
            x /= b
        }
        return a < 0 ? -sum : sum
    }

    @inlinable
    public static func dgr(_ a: Int, _ b: Int) -> Int? {
        if b < 2 || a == .min { return nil }
        if a == 0 { return 0 }
        let r = 1 + (Swift.abs(a) - 1) % (b - 1)
        return a < 0 ? -r : r
    }
}
