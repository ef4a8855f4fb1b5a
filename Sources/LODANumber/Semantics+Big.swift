import GMPShim
import Glibc

extension Semantics {
    /// `op(a, b)` on exact values; nil means INF (the instruction fails).
    public static func calc(_ op: ArithmeticOperation, _ a: Number, _ b: Number) -> Number? {
        if let x = a.intValue, let y = b.intValue, let r = small(op, x, y) {
            return Number(r)
        }
        return calcBig(op, a, b)
    }

    /// `op(a, b)` always through the GMP kernel (tests use it to cover both paths).
    public static func calcBig(_ op: ArithmeticOperation, _ a: Number, _ b: Number) -> Number? {
        guard a.isWithinLimit, b.isWithinLimit else {
            return nil
        }
        let s = BigScratch()
        a.store(into: s.a)
        b.store(into: s.b)
        guard BigKernel.calc(op, s.r, s.a, s.b, s) else { return nil }
        return Number(mpz: s.r)
    }
}
