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

/// A few reusable mpz temporaries for the big-number kernel, so that a running
/// evaluation does not allocate mpz headers per operation.
public final class BigScratch {
    public let a: UnsafeMutablePointer<__mpz_struct>
    public let b: UnsafeMutablePointer<__mpz_struct>
    public let r: UnsafeMutablePointer<__mpz_struct>
    /// Free for callers (the kernel does not touch it).
    public let t: UnsafeMutablePointer<__mpz_struct>
    let t1: UnsafeMutablePointer<__mpz_struct>
    let t2: UnsafeMutablePointer<__mpz_struct>
    let t3: UnsafeMutablePointer<__mpz_struct>

    public init() {
        func make() -> UnsafeMutablePointer<__mpz_struct> {
            let p = UnsafeMutablePointer<__mpz_struct>.allocate(capacity: 1)
            lgmp_init(p)
            return p
        }
        a = make(); b = make(); r = make(); t = make(); t1 = make(); t2 = make(); t3 = make()
    }

    deinit {
        for p in [a, b, r, t, t1, t2, t3] {
            lgmp_clear(p)
            p.deallocate()
        }
    }
}
