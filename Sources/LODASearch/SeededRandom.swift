import LODACore
import LODANumber

/// A deterministic random source (SplitMix64): the same seed gives the same candidates.
/// A seed is spread over the state first, so that nearby seeds start far apart.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    var generator: SplitMix64
    public init(seed: UInt64) { generator = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
    @inline(__always)
    public mutating func next() -> UInt64 { generator.next() }
}
