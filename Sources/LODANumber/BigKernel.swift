import GMPShim

public typealias MPZ = UnsafeMutablePointer<__mpz_struct>
public typealias ConstMPZ = UnsafePointer<__mpz_struct>

/// LODA arithmetic on GMP integers, in place.
///
/// `calc` writes `op(a, b)` into `r` and returns false when the result is INF
/// (undefined, or magnitude >= 2^3840). `r` must not alias `a` or `b`.
public enum BigKernel {
    /// Whether |z| < 2^3840: anything under 60 limbs fits without counting bits.
    @inline(__always)
    static func fits(_ z: ConstMPZ) -> Bool { lgmp_limbs(z) < 60 || lgmp_bitlength(z) <= Number.limitBits }

    public static func calc(_ op: ArithmeticOperation, _ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ, _ s: BigScratch) -> Bool {
        switch op {
        case .mov:
            lgmp_set(r, b)
            return fits(r)
        case .add:
            lgmp_add(r, a, b)
            return fits(r)
        case .sub:
            lgmp_sub(r, a, b)
            return fits(r)
        case .trn:
            lgmp_sub(r, a, b)
            if !fits(r) { return false }
            if lgmp_sgn(r) < 0 { lgmp_set_si(r, 0) }
            return true
        case .mul:
            if lgmp_limbs(b) <= 1 && lgmp_fits_slong(b) != 0 {
                lgmp_mul_si(r, a, lgmp_get_si(b))
            } else {
                lgmp_mul(r, a, b)
            }
            return fits(r)
        case .div:
            if lgmp_sgn(b) == 0 { return false }
            lgmp_tdiv_q(r, a, b)
            return fits(r)
        case .mod:
            if lgmp_sgn(b) == 0 { return false }
            lgmp_tdiv_r(r, a, b)
            return fits(r)
        case .dif:
            if lgmp_sgn(b) != 0 && lgmp_divisible(a, b) != 0 {
                lgmp_divexact(r, a, b)
            } else {
                lgmp_set(r, a)
            }
            return fits(r)
        case .dir:
            lgmp_set(r, a)
            if lgmp_sgn(b) == 0 || lgmp_cmpabs_ui(b, 1) == 0 { return fits(r) }
            while lgmp_sgn(r) != 0 && lgmp_divisible(r, b) != 0 {
                lgmp_divexact(s.t1, r, b)
                lgmp_swap(r, s.t1)
            }
            return fits(r)
        case .pow:
            return pow(r, a, b)
        case .gcd:
            lgmp_gcd(r, a, b)
            return fits(r)
        case .lex:
            if lgmp_sgn(b) == 0 || lgmp_cmpabs_ui(b, 1) == 0 || lgmp_sgn(a) == 0 {
                lgmp_set_si(r, 0)
                return true
            }
            lgmp_abs(s.t1, a)
            lgmp_abs(s.t2, b)
            lgmp_set_ui(r, lgmp_remove(s.t3, s.t1, s.t2))
            return true
        case .bin:
            return bin(r, a, b, s)
        case .fac:
            return fac(r, a, b, s)
        case .log:
            return log(r, a, b, s)
        case .nrt:
            if lgmp_sgn(a) < 0 || lgmp_cmp_si(b, 1) < 0 { return false }
            if lgmp_cmpabs_ui(a, 1) <= 0 || lgmp_cmp_si(b, 1) == 0 {
                lgmp_set(r, a)
                return fits(r)
            }
            if lgmp_fits_ulong(b) == 0 || lgmp_get_ui(b) >= lgmp_bitlength(a) {
                lgmp_set_si(r, 1)
                return true
            }
            lgmp_root(r, a, lgmp_get_ui(b))
            return true
        case .dgs:
            return dgs(r, a, b, s)
        case .dgr:
            if lgmp_cmp_si(b, 2) < 0 { return false }
            if lgmp_sgn(a) == 0 {
                lgmp_set_si(r, 0)
                return true
            }
            lgmp_abs(s.t1, a)
            lgmp_sub_ui(s.t1, s.t1, 1)
            lgmp_sub_ui(s.t2, b, 1)
            lgmp_tdiv_r(r, s.t1, s.t2)
            lgmp_add_ui(r, r, 1)
            if lgmp_sgn(a) < 0 { lgmp_neg(r, r) }
            return fits(r)
        case .equ:
            lgmp_set_si(r, lgmp_cmp(a, b) == 0 ? 1 : 0)
            return true
        case .neq:
            lgmp_set_si(r, lgmp_cmp(a, b) != 0 ? 1 : 0)
            return true
        case .leq:
            lgmp_set_si(r, lgmp_cmp(a, b) <= 0 ? 1 : 0)
            return true
        case .geq:
            lgmp_set_si(r, lgmp_cmp(a, b) >= 0 ? 1 : 0)
            return true
        case .min:
            lgmp_set(r, lgmp_cmp(a, b) <= 0 ? a : b)
            return fits(r)
        case .max:
            lgmp_set(r, lgmp_cmp(a, b) >= 0 ? a : b)
            return fits(r)
        case .ban:
            lgmp_and(r, a, b)
            return fits(r)
        case .bor:
            lgmp_ior(r, a, b)
            return fits(r)
        case .bxo:
            lgmp_xor(r, a, b)
            return fits(r)
        }
    }

    static func pow(_ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ) -> Bool {
        if lgmp_cmp_si(a, 1) == 0 {
            lgmp_set_si(r, 1)
            return true
        }
        if lgmp_cmp_si(a, -1) == 0 {
            lgmp_set_si(r, lgmp_odd(b) != 0 ? -1 : 1)
            return true
        }
        if lgmp_sgn(a) == 0 {
            let sb = lgmp_sgn(b)
            if sb < 0 { return false }
            lgmp_set_si(r, sb == 0 ? 1 : 0)
            return true
        }
        if lgmp_sgn(b) < 0 {
            lgmp_set_si(r, 0)
            return true
        }
        // |a| >= 2 here, so |a|^e >= 2^((bits(a) - 1) * e).
        guard lgmp_fits_ulong(b) != 0 else { return false }
        let e = lgmp_get_ui(b)
        let lowBits = UInt(lgmp_bitlength(a) - 1)
        if e > UInt(Number.limitBits) || lowBits * e >= UInt(Number.limitBits) { return false }
        lgmp_pow_ui(r, a, e)
        return fits(r)
    }

    /// Binomial coefficient following the reference's running product, whose
    /// intermediate values must also stay below 2^3840.
    static func bin(_ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ, _ s: BigScratch) -> Bool {
        let n = s.t1, k = s.t2, t = s.t3
        var negative = false
        if lgmp_sgn(a) >= 0 {
            if lgmp_sgn(b) < 0 || lgmp_cmp(b, a) > 0 {
                lgmp_set_si(r, 0)
                return true
            }
            lgmp_set(n, a)
            lgmp_set(k, b)
        } else if lgmp_sgn(b) >= 0 {
            lgmp_sub(n, b, a)
            lgmp_sub_ui(n, n, 1)
            lgmp_set(k, b)
            negative = lgmp_odd(b) != 0
        } else if lgmp_cmp(b, a) <= 0 {
            lgmp_neg(n, b)
            lgmp_sub_ui(n, n, 1)
            lgmp_sub(k, a, b)
            negative = lgmp_odd(k) != 0
        } else {
            lgmp_set_si(r, 0)
            return true
        }
        lgmp_add(t, k, k)
        if lgmp_cmp(n, t) < 0 { lgmp_sub(k, n, k) }
        guard lgmp_fits_ulong(k) != 0 else { return false }
        let kk = lgmp_get_ui(k)
        lgmp_set_si(r, 1)
        var i: UInt = 0
        while i < kk {
            lgmp_sub_ui(t, n, i)
            lgmp_mul(r, r, t)
            if !fits(r) { return false }
            lgmp_set_ui(t, i + 1)
            lgmp_divexact(r, r, t)
            i += 1
        }
        if negative { lgmp_neg(r, r) }
        return true
    }

    static func fac(_ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ, _ s: BigScratch) -> Bool {
        lgmp_set_si(r, 1)
        let sb = lgmp_sgn(b)
        if sb == 0 { return true }
        let x = s.t1, remaining = s.t2
        lgmp_set(x, a)
        lgmp_abs(remaining, b)
        while lgmp_sgn(remaining) > 0 {
            lgmp_mul(r, r, x)
            if lgmp_sgn(r) == 0 { return true }
            if !fits(r) { return false }
            lgmp_sub_ui(remaining, remaining, 1)
            if sb > 0 { lgmp_add_ui(x, x, 1) } else { lgmp_sub_ui(x, x, 1) }
        }
        return true
    }

    static func log(_ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ, _ s: BigScratch) -> Bool {
        if lgmp_cmp_si(a, 1) < 0 || lgmp_cmp_si(b, 2) < 0 { return false }
        if lgmp_cmp(b, a) > 0 {
            lgmp_set_si(r, 0)
            return true
        }
        // Estimate floor(log_b a) from doubles, start one below, then step up exactly.
        var ea = 0, eb = 0
        let da = lgmp_get_d_2exp(&ea, a)
        let db = lgmp_get_d_2exp(&eb, b)
        let la = Double(ea) + log2(da)
        let lb = Double(eb) + log2(db)
        var c = Swift.max(0, Int((la / lb).rounded(.down)) - 1)
        let p = s.t1, next = s.t2
        lgmp_pow_ui(p, b, UInt(c))
        while true {
            lgmp_mul(next, p, b)
            if lgmp_cmp(next, a) > 0 { break }
            lgmp_swap(p, next)
            c += 1
        }
        lgmp_set_si(r, c)
        return true
    }

    static func dgs(_ r: MPZ, _ a: ConstMPZ, _ b: ConstMPZ, _ s: BigScratch) -> Bool {
        if lgmp_cmp_si(b, 2) < 0 { return false }
        let x = s.t1, digit = s.t2
        lgmp_abs(x, a)
        lgmp_set_si(r, 0)
        if lgmp_fits_ulong(b) != 0 {
            let base = lgmp_get_ui(b)
            while lgmp_sgn(x) != 0 {
                lgmp_add_ui(r, r, lgmp_tdiv_q_ui(x, x, base))
            }
        } else {
            while lgmp_sgn(x) != 0 {
                lgmp_tdiv_qr(x, digit, x, b)
                lgmp_add(r, r, digit)
            }
        }
        if lgmp_sgn(a) < 0 { lgmp_neg(r, r) }
        return fits(r)
    }

    @inline(__always)
    static func log2(_ x: Double) -> Double {
        // x is in [0.5, 1) from mpz_get_d_2exp; a short series is not needed: use the C library.
        return _log2(x)
    }
}

#if canImport(Glibc)
    import Glibc
    @inline(__always) func _log2(_ x: Double) -> Double { Glibc.log2(x) }
#endif
