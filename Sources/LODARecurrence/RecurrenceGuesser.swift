import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// Finds linear recurrences with constant integer coefficients, exactly.
///
/// Berlekamp–Massey over the prime field F_p (p = 2^31 - 1) gives the shortest
/// recurrence of the terms modulo p; its coefficients, read as signed integers, are
/// then checked on every known term with exact big-integer arithmetic. A recurrence
/// of order d is accepted only if the sequence has at least `2d + margin` terms, so it
/// is confirmed on `margin` (default 8) terms beyond the 2d that determine it.
public enum RecurrenceGuesser {
    public static let prime = 2_147_483_647
    public static let margin = 8
    public static let maxOrder = 30

    static func residue(_ x: Number) -> Int {
        if let v = x.intValue { return ((v % prime) + prime) % prime }
        return Semantics.calc(.mod, Semantics.calc(.add, Semantics.calc(.mod, x, Number(prime))!, Number(prime))!, Number(prime))!.intValue!
    }

    static func power(_ b: Int, _ e: Int) -> Int {
        var result = 1, base = b % prime, e = e
        while e > 0 {
            if e & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            e >>= 1
        }
        return result
    }

    /// The connection polynomial of the shortest recurrence modulo p: c[0] = 1 and
    /// sum c[i] s[n-i] = 0 (mod p) for n >= L; returns (L, c).
    static func berlekampMassey(_ s: [Int]) -> (Int, [Int]) {
        let n = s.count
        var c = [Int](repeating: 0, count: n + 1), b = c
        c[0] = 1
        b[0] = 1
        var l = 0, m = 0, lastDiscrepancy = 1
        for i in 0..<n {
            m += 1
            var d = s[i]
            if l >= 1 { for j in 1...l { d = (d + c[j] * s[i - j]) % prime } }
            if d == 0 { continue }
            let t = c
            let coef = d * power(lastDiscrepancy, prime - 2) % prime
            var j = m
            while j <= n {
                c[j] = (c[j] + prime - coef * b[j - m] % prime) % prime
                j += 1
            }
            if 2 * l > i { continue }
            l = i + 1 - l
            b = t
            lastDiscrepancy = d
            m = 0
        }
        return (l, Array(c.prefix(l + 1)))
    }

    /// The shortest integer linear recurrence that all `terms` satisfy, or nil.
    public static func guess(_ terms: [Number], margin: Int = RecurrenceGuesser.margin) -> LinearRecurrence? {
        guard terms.count >= 2 + margin else { return nil }
        let (order, c) = berlekampMassey(terms.map(residue))
        guard order >= 1, order <= maxOrder, terms.count >= 2 * order + margin else { return nil }
        // a(n) = -c1 a(n-1) - ... ; lift to signed integers
        let coefficients = (1...order).map { i -> Int in
            let v = (prime - c[i]) % prime
            return v > prime / 2 ? v - prime : v
        }
        // exact check on every term
        for n in order..<terms.count {
            var sum = Number.zero
            for (i, k) in coefficients.enumerated() where k != 0 {
                guard let p = Semantics.calc(.mul, terms[n - 1 - i], Number(k)), let s = Semantics.calc(.add, sum, p) else { return nil }
                sum = s
            }
            if sum != terms[n] { return nil }
        }
        return LinearRecurrence(coefficients: coefficients, initial: Array(terms.prefix(order)))
    }

    /// A LODA program for the recurrence: initial values in cells 1...d, a loop that
    /// computes the next value into cell d+1 and rotates the window with `rol`.
    public static func program(_ r: LinearRecurrence, offset: Int) -> Program {
        let d = r.order
        let next = d + 1, product = d + 2
        var code: [Instruction] = []
        for (i, v) in r.initial.enumerated() where v != .zero { code.append(Instruction(.mov, .cell(i + 1), .constant(v))) }
        if offset != 0 { code.append(Instruction(.sub, .cell(0), .value(offset))) }
        code += [
            Instruction(.lpb, .cell(0), .value(1)), Instruction(.sub, .cell(0), .value(1)),
            Instruction(.mov, .cell(next), .value(0))
        ]
        for (i, k) in r.coefficients.enumerated() where k != 0 {
            let cell = d - i  // a(n-1-i) sits in cell d - i
            switch k {
            case 1: code.append(Instruction(.add, .cell(next), .cell(cell)))
            case -1: code.append(Instruction(.sub, .cell(next), .cell(cell)))
            default:
                code += [
                    Instruction(.mov, .cell(product), .cell(cell)), Instruction(.mul, .cell(product), .value(k)),
                    Instruction(.add, .cell(next), .cell(product))
                ]
            }
        }
        code += [
            d == 1 ? Instruction(.mov, .cell(1), .cell(next)) : Instruction(.rol, .cell(1), .value(d + 1)),
            Instruction(.lpe), Instruction(.mov, .cell(0), .cell(1))
        ]
        return Program(code, offset: offset == 0 ? nil : offset)
    }
}
