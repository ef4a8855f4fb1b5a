import LODANumber

/// What an arithmetic operation does to ranges: the result's range and whether it may fail.
enum RangeArithmetic {
    /// The range of `op(a, b)` for a in `a`, b in `b`, and whether some pair makes it fail
    /// (a result that cannot be stored).
    static func apply(_ op: ArithmeticOperation, _ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        if let x = a.constant, let y = b.constant {
            guard let r = Semantics.calc(op, x, y) else { return (.any, true) }
            return (.constant(r), false)
        }
        switch op {
        case .mov: return (b, false)
        case .add: return add(a, b)
        case .sub: return add(a, negate(b))
        case .trn:
            let (d, fail) = add(a, negate(b))
            return (ValueRange(lo: d.lo.map { $0.signum < 0 ? 0 : $0 } ?? 0, hi: d.hi.map { $0.signum < 0 ? 0 : $0 }), fail)
        case .mul: return multiply(a, b)
        case .div: return divide(a, b)
        case .mod: return remainder(a, b)
        case .dif, .dir: return (signPreserving(a, b.isNonNegative), false)
        case .pow: return power(a, b)
        case .gcd:
            guard let ma = a.maxMagnitude, let mb = b.maxMagnitude else { return (ValueRange(lo: 0, hi: nil), false) }
            return (ValueRange(lo: 0, hi: ma < mb ? mb : ma), false)
        case .lex:
            return (ValueRange(lo: 0, hi: Number(a.maxMagnitude?.bitLength ?? Number.limitBits)), false)
        case .bin: return binomial(a, b)
        case .fac: return factorial(a, b)
        case .log:
            let fail = !(a.atLeast(1) && b.atLeast(2))
            return (ValueRange(lo: 0, hi: Number(a.hi.map { max(0, $0.bitLength) } ?? Number.limitBits)), fail)
        case .nrt:
            let fail = !(a.atLeast(0) && b.atLeast(1))
            return (ValueRange(lo: 0, hi: a.hi.map { $0.signum < 0 ? 0 : $0 }), fail)
        case .dgs:
            return (signPreserving(a, true), !b.atLeast(2))
        case .dgr:
            let fail = !b.atLeast(2)
            let m: Number? = b.hi.flatMap { Semantics.calc(.sub, $0, 1) }
            var r = signPreserving(a, true)
            if let m, m.signum >= 0 {
                if r.hi == nil || m < r.hi! { r.hi = r.isNonPositive ? r.hi : m }
                let negM = m.negated
                if r.lo == nil || r.lo! < negM { r.lo = r.isNonNegative ? r.lo : negM }
            }
            return (r, fail)
        case .equ, .neq, .leq, .geq: return (compare(op, a, b), false)
        case .min:
            return (ValueRange(lo: ValueRange.minBound(a.lo, b.lo), hi: minUpper(a.hi, b.hi)), false)
        case .max:
            return (ValueRange(lo: maxLower(a.lo, b.lo), hi: ValueRange.maxBound(a.hi, b.hi)), false)
        case .ban, .bor, .bxo: return bitwise(op, a, b)
        }
    }

    static func negate(_ r: ValueRange) -> ValueRange { ValueRange(lo: r.hi?.negated, hi: r.lo?.negated) }

    static func minUpper(_ a: Number?, _ b: Number?) -> Number? {
        guard let a else { return b }
        guard let b else { return a }
        return a < b ? a : b
    }

    static func maxLower(_ a: Number?, _ b: Number?) -> Number? {
        guard let a else { return b }
        guard let b else { return a }
        return a < b ? b : a
    }

    static func add(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        if b.constant == 0 { return (a, false) }
        if a.constant == 0 { return (b, false) }
        let lo = a.lo.flatMap { x in b.lo.flatMap { Semantics.calc(.add, x, $0) } }
        let hi = a.hi.flatMap { x in b.hi.flatMap { Semantics.calc(.add, x, $0) } }
        return (ValueRange(lo: lo, hi: hi), lo == nil || hi == nil)
    }

    static func multiply(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        if a.constant == 0 || b.constant == 0 { return (.zero, false) }
        if b.constant == 1 { return (a, false) }
        if a.constant == 1 { return (b, false) }
        guard let al = a.lo, let ah = a.hi, let bl = b.lo, let bh = b.hi else {
            // sign information survives when both signs are known
            if (a.isNonNegative && b.isNonNegative) || (a.isNonPositive && b.isNonPositive) { return (ValueRange(lo: 0, hi: nil), true) }
            if (a.isNonNegative && b.isNonPositive) || (a.isNonPositive && b.isNonNegative) { return (ValueRange(lo: nil, hi: 0), true) }
            return (.any, true)
        }
        var lo: Number?, hi: Number?
        for (x, y) in [(al, bl), (al, bh), (ah, bl), (ah, bh)] {
            guard let p = Semantics.calc(.mul, x, y) else { return (.any, true) }
            if lo == nil || p < lo! { lo = p }
            if hi == nil || hi! < p { hi = p }
        }
        return (ValueRange(lo: lo, hi: hi), false)
    }

    static func divide(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        let fail = !b.excludesZero
        if let c = b.constant, c.signum != 0 {
            // truncating division by a constant is monotone in the dividend
            let x = a.lo.flatMap { Semantics.calc(.div, $0, c) }
            let y = a.hi.flatMap { Semantics.calc(.div, $0, c) }
            return (c.signum > 0 ? ValueRange(lo: x, hi: y) : ValueRange(lo: y, hi: x), false)
        }
        // |a / b| <= |a|, and the sign is known when both signs are
        if b.isPositive { return (signPreserving(a, true), fail) }
        return (symmetric(a), fail)
    }

    static func remainder(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        let fail = !b.excludesZero
        // |a mod b| <= min(|a|, |b| - 1), with the sign of a
        var m = a.maxMagnitude
        if let mb = b.maxMagnitude, mb.signum > 0, let mb1 = Semantics.calc(.sub, mb, 1) {
            if m == nil || mb1 < m! { m = mb1 }
        }
        guard let m else { return (signPreserving(a, true), fail) }
        // the sign of a, and |r| <= |a|: r lies between a and 0
        let lo: Number? = a.isNonNegative ? 0 : maxLower(m.negated, a.lo)
        let hi: Number? = a.isNonPositive ? 0 : minUpper(m, a.hi)
        return (ValueRange(lo: lo, hi: hi), fail)
    }

    /// A result whose magnitude is at most |a| and, when `keepsSign`, whose sign is a's (or 0).
    static func signPreserving(_ a: ValueRange, _ keepsSign: Bool) -> ValueRange {
        if keepsSign {
            if a.isNonNegative { return ValueRange(lo: 0, hi: a.hi) }
            if a.isNonPositive { return ValueRange(lo: a.lo, hi: 0) }
        }
        return symmetric(a)
    }

    static func symmetric(_ a: ValueRange) -> ValueRange {
        guard let m = a.maxMagnitude else { return .any }
        return ValueRange(lo: m.negated, hi: m)
    }

    static func power(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        // bases -1, 0, 1 only: results in -1...1; 0 to a negative power fails
        if a.atLeast(-1) && a.atMost(1) {
            let fail = a.contains(0) && !b.atLeast(0)
            return (ValueRange(lo: a.contains(-1) ? -1 : 0, hi: 1), fail)
        }
        guard b.atLeast(0), let e = b.hi?.intValue, e <= Number.limitBits else {
            return (.any, true)
        }
        guard let m = a.maxMagnitude else {
            if b.constant.map({ $0.intValue.map { $0 % 2 == 0 } ?? false }) == true { return (ValueRange(lo: 0, hi: nil), true) }
            return (.any, true)
        }
        // |a|^e < 2^(bits(|a|) * e) <= 2^3840: no overflow
        guard m.bitLength * e <= Number.limitBits, let top = Semantics.calc(.pow, m, Number(e)) else { return (.any, true) }
        if let c = b.constant?.intValue, c > 0, let lo = a.lo, let hi = a.hi {
            let even = c % 2 == 0
            if !even, let x = Semantics.calc(.pow, lo, Number(c)), let y = Semantics.calc(.pow, hi, Number(c)) {
                return (ValueRange(lo: x, hi: y), false)
            }
            if even {
                let crossesZero = lo.signum <= 0 && hi.signum >= 0
                let small = lo.magnitudeValue < hi.magnitudeValue ? lo.magnitudeValue : hi.magnitudeValue
                let bottom: Number = crossesZero ? 0 : (Semantics.calc(.pow, small, Number(c)) ?? 0)
                return (ValueRange(lo: bottom, hi: top), false)
            }
        }
        // exponent 0 gives 1; results lie within ±|a|^e (or 0...|a|^e for non-negative bases)
        let one = Number(1)
        let upper = top < one ? one : top
        return (ValueRange(lo: a.isNonNegative ? 0 : upper.negated, hi: upper), false)
    }

    static func binomial(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        // n in 0...N: C(n, k) <= 2^N, and the running product r*(n-i) stays below 2^(N + bits(N))
        guard a.isNonNegative, let n = a.hi?.intValue, n < Number.limitBits, n + Number(n).bitLength < Number.limitBits else {
            return (.any, true)
        }
        return (ValueRange(lo: 0, hi: Number.powerOfTwo(n)), false)
    }

    static func factorial(_ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        // |b| factors, each of magnitude at most |a| + |b|
        guard let ma = a.maxMagnitude, let mb = b.maxMagnitude, let k = mb.intValue, k <= Number.limitBits, let f = Semantics.calc(.add, ma, mb),
            f.bitLength * max(k, 1) <= Number.limitBits, let top = Semantics.calc(.pow, f, Number(k))
        else { return (.any, true) }
        let one = Number(1)
        let upper = top < one ? one : top
        return (ValueRange(lo: upper.negated, hi: upper), false)
    }

    static func compare(_ op: ArithmeticOperation, _ a: ValueRange, _ b: ValueRange) -> ValueRange {
        func le(_ x: Number?, _ y: Number?) -> Bool { x != nil && y != nil && x! <= y! }
        func lt(_ x: Number?, _ y: Number?) -> Bool { x != nil && y != nil && x! < y! }
        let disjoint = lt(a.hi, b.lo) || lt(b.hi, a.lo)
        switch op {
        case .equ: if disjoint { return .constant(0) }
        case .neq: if disjoint { return .constant(1) }
        case .leq:
            if le(a.hi, b.lo) { return .constant(1) }
            if lt(b.hi, a.lo) { return .constant(0) }
        case .geq:
            if le(b.hi, a.lo) { return .constant(1) }
            if lt(a.hi, b.lo) { return .constant(0) }
        default: break
        }
        return .bit
    }

    static func bitwise(_ op: ArithmeticOperation, _ a: ValueRange, _ b: ValueRange) -> (ValueRange, mayFail: Bool) {
        guard let ma = a.maxMagnitude, let mb = b.maxMagnitude else { return (.any, true) }
        // two's complement of values below 2^k stays within [-2^k, 2^k - 1]
        let k = max(ma.bitLength, mb.bitLength)
        guard k < Number.limitBits else { return (.any, true) }
        let top = Number.powerOfTwo(k)
        let upper = Semantics.calc(.sub, top, 1)!
        if a.isNonNegative && b.isNonNegative {
            if op == .ban { return (ValueRange(lo: 0, hi: minUpper(a.hi, b.hi)), false) }
            return (ValueRange(lo: 0, hi: upper), false)
        }
        if op == .ban && (a.isNonNegative || b.isNonNegative) {
            return (ValueRange(lo: 0, hi: a.isNonNegative ? a.hi : b.hi), false)
        }
        return (ValueRange(lo: top.negated, hi: upper), false)
    }
}
