/// The 64-bit FNV-1a hash: its offset basis and prime, one step, and whole byte strings.
/// (The index keys, the prefix filter, the cache checksum and the miner's fingerprints.)
public enum FNV1a {
    public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// One step: `h` with `x` mixed in.
    @inlinable
    public static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 { (h ^ x) &* prime }

    /// The hash of `bytes`, starting from `h`.
    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>, from h: UInt64 = basis) -> UInt64 {
        var h = h
        for b in bytes { h = mix(h, UInt64(b)) }
        return h
    }
}
