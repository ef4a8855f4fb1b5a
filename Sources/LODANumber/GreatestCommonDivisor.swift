/// The greatest common divisor of two magnitudes (Euclid); gcd(0, 0) = 0.
@inlinable
public func greatestCommonDivisor(_ a: UInt, _ b: UInt) -> UInt {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}
