import GMPShim

extension Number {
    /// The number of bits of |value| (0 for 0): |value| < 2^bitLength.
    public var bitLength: Int {
        switch storage {
        case .small(let v): return v == 0 ? 0 : Int.bitWidth - v.magnitude.leadingZeroBitCount
        case .big(let b): return Int(lgmp_bitlength(b.z))
        }
    }

    /// 2^k as an exact value (any k ≥ 0; beyond the LODA limit too).
    public static func powerOfTwo(_ k: Int) -> Number {
        if k < Int.bitWidth - 1 { return Number(1 << k) }
        let big = BigInteger()
        lgmp_set_ui(big.z, 1)
        let two = BigInteger()
        lgmp_set_ui(two.z, 2)
        lgmp_pow_ui(big.z, two.z, UInt(k))
        return Number(mpz: big.z)
    }

    /// −value, exact (also beyond the LODA limit).
    public var negated: Number {
        if let v = intValue, v != .min { return Number(-v) }
        let big = BigInteger()
        store(into: big.z)
        lgmp_neg(big.z, big.z)
        return Number(mpz: big.z)
    }

    /// |value|, exact.
    public var magnitudeValue: Number { signum < 0 ? negated : self }
}
