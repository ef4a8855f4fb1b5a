import GMPShim

/// An owned GMP integer at a stable heap address.
///
/// Instances are immutable once a `Number` holds them; the mpz is never copied
/// bitwise (that would share its limb buffer), only through `lgmp_set`.
public final class BigInteger: @unchecked Sendable {  // the mpz is written only before a Number holds it (see above), then only read
    public let z: UnsafeMutablePointer<__mpz_struct>

    public init() {
        z = .allocate(capacity: 1)
        lgmp_init(z)
    }

    public convenience init(copying source: UnsafePointer<__mpz_struct>) {
        self.init()
        lgmp_set(z, source)
    }

    deinit {
        lgmp_clear(z)
        z.deallocate()
    }
}
