import GMPShim

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
