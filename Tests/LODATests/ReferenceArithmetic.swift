import LODANumber

/// LODA's arithmetic written again from the specification (§3.2–3.5) on Swift's `Int128`,
/// sharing no code with `LODANumber`: the fuzzer's oracle. A result is a value, INF (the
/// operation is undefined or overflows: the instruction fails), or `beyond` when an operand
/// or an intermediate value leaves `Int128` (the model cannot say; the fuzzer skips the term).
/// Values of LODA's range that fit in 128 bits are far below 2^3840, so overflow to INF never
/// happens inside the model.
enum ReferenceArithmetic {
    enum Result: Equatable {
        case value(Int128)
        case inf
        case beyond
    }

    static func checked(_ r: (partialValue: Int128, overflow: Bool)) -> Result {
        r.overflow ? .beyond : .value(r.partialValue)
    }

    static func calc(_ op: ArithmeticOperation, _ a: Int128, _ b: Int128) -> Result {
        switch op {
        case .mov: return .value(b)
        case .add: return checked(a.addingReportingOverflow(b))
        case .sub: return checked(a.subtractingReportingOverflow(b))
        case .trn:
            guard case .value(let d) = checked(a.subtractingReportingOverflow(b)) else { return .beyond }
            return .value(d > 0 ? d : 0)
        case .mul: return checked(a.multipliedReportingOverflow(by: b))
        case .div:
            if b == 0 { return .inf }
            return checked(a.dividedReportingOverflow(by: b))
        case .mod:
            if b == 0 { return .inf }
            return checked(a.remainderReportingOverflow(dividingBy: b))
        case .dif: return dif(a, b)
        case .dir:
            if b == 0 || b == 1 || b == -1 { return .value(a) }
            var x = a
            while true {
                guard case .value(let y) = dif(x, b) else { return .beyond }
                if y.magnitude == x.magnitude { return .value(x) }
                x = y
            }
        case .pow: return pow(a, b)
        case .gcd:
            guard a != .min, b != .min else { return .beyond }
            var (x, y) = (a.magnitude, b.magnitude)
            while y != 0 { (x, y) = (y, x % y) }
            return .value(Int128(x))
        case .lex:
            if b == 0 || b == 1 || b == -1 || a == 0 { return .value(0) }
            guard a != .min, b != .min else { return .beyond }
            var (x, count) = (a.magnitude, Int128(0))
            let y = b.magnitude
            while x % y == 0 {
                x /= y
                count += 1
            }
            return .value(count)
        case .bin: return bin(a, b)
        case .fac: return fac(a, b)
        case .log:
            if a < 1 || b < 2 { return .inf }
            var (power, c) = (Int128(1), Int128(0))
            while true {
                let (next, overflow) = power.multipliedReportingOverflow(by: b)
                if overflow || next > a { return .value(c) }
                power = next
                c += 1
            }
        case .nrt:
            if a < 0 || b < 1 { return .inf }
            if a <= 1 || b == 1 { return .value(a) }
            // the largest x with x^b <= a
            var (lo, hi) = (Int128(1), a)
            while lo < hi {
                let mid = lo + (hi - lo + 1) / 2
                if atMost(mid, power: b, a) { lo = mid } else { hi = mid - 1 }
            }
            return .value(lo)
        case .dgs, .dgr:
            if b < 2 { return .inf }
            if a == 0 { return .value(0) }
            guard a != .min else { return .beyond }
            let sign: Int128 = a < 0 ? -1 : 1
            if op == .dgr { return .value(sign * (1 + (a.magnitude == 0 ? 0 : Int128(a.magnitude - 1) % (b - 1)))) }
            var (x, sum) = (Int128(a.magnitude), Int128(0))
            while x > 0 {
                sum += x % b
                x /= b
            }
            return .value(sign * sum)
        case .equ: return .value(a == b ? 1 : 0)
        case .neq: return .value(a != b ? 1 : 0)
        case .leq: return .value(a <= b ? 1 : 0)
        case .geq: return .value(a >= b ? 1 : 0)
        case .min: return .value(Swift.min(a, b))
        case .max: return .value(Swift.max(a, b))
        // Int128's operators act on two's complement, which is the infinite-precision rule for
        // values of this range.
        case .ban: return .value(a & b)
        case .bor: return .value(a | b)
        case .bxo: return .value(a ^ b)
        }
    }

    static func dif(_ a: Int128, _ b: Int128) -> Result {
        if b == 0 { return .value(a) }
        guard case .value(let r) = checked(a.remainderReportingOverflow(dividingBy: b)) else { return .beyond }
        return r == 0 ? checked(a.dividedReportingOverflow(by: b)) : .value(a)
    }

    /// Whether x^e <= limit (x >= 1, e >= 1, limit >= 1).
    static func atMost(_ x: Int128, power e: Int128, _ limit: Int128) -> Bool {
        var p = Int128(1)
        var k = Int128(0)
        while k < e {
            let (next, overflow) = p.multipliedReportingOverflow(by: x)
            if overflow || next > limit { return false }
            p = next
            k += 1
        }
        return true
    }

    static func pow(_ a: Int128, _ b: Int128) -> Result {
        if a == 1 { return .value(1) }
        if a == -1 { return .value(b % 2 != 0 ? -1 : 1) }
        if a == 0 { return b > 0 ? .value(0) : b == 0 ? .value(1) : .inf }
        if b < 0 { return .value(0) }
        // |a| >= 2: 2^127 already leaves the model
        if b >= 128 { return .beyond }
        var r = Int128(1)
        for _ in 0..<Int(b) {
            guard case .value(let next) = checked(r.multipliedReportingOverflow(by: a)) else { return .beyond }
            r = next
        }
        return .value(r)
    }

    static func bin(_ n0: Int128, _ k0: Int128) -> Result {
        let bound = Int128(1) << 120
        guard n0 > -bound, n0 < bound, k0 > -bound, k0 < bound else { return .beyond }
        var (n, k) = (n0, k0)
        var sign: Int128 = 1
        if n >= 0 {
            if k < 0 || k > n { return .value(0) }
        } else if k >= 0 {
            // (−1)^k · C(k − n − 1, k)
            guard case .value(let m) = checked(k.subtractingReportingOverflow(n)) else { return .beyond }
            n = m - 1
            sign = k % 2 == 0 ? 1 : -1
        } else if k <= n {
            // (−1)^(n−k) · C(−k − 1, n − k)
            let nk = n - k
            n = -k - 1
            k = nk
            sign = nk % 2 == 0 ? 1 : -1
        } else {
            return .value(0)
        }
        if n < 2 * k { k = n - k }
        if k >= Int128(1) << 64 { return .inf }
        var r = Int128(1)
        var i = Int128(0)
        while i < k {
            guard case .value(let p) = checked(r.multipliedReportingOverflow(by: n - i)) else { return .beyond }
            r = p / (i + 1)
            i += 1
        }
        return .value(sign * r)
    }

    static func fac(_ a: Int128, _ b: Int128) -> Result {
        var r = Int128(1)
        var x = a
        let count = b.magnitude
        let step: Int128 = b >= 0 ? 1 : -1
        var i: UInt128 = 0
        while i < count {
            guard case .value(let p) = checked(r.multipliedReportingOverflow(by: x)) else { return .beyond }
            r = p
            if r == 0 { return .value(0) }
            guard case .value(let next) = checked(x.addingReportingOverflow(step)) else { return .beyond }
            x = next
            i += 1
        }
        return .value(r)
    }
}
