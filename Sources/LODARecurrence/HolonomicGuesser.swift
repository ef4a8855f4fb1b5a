import LODACore
import LODAEvaluator
import LODANumber

/// Finds P-recursive (holonomic) recurrences of small order and degree exactly: the
/// rank of the linear system is found modulo a prime, the one-dimensional null space is
/// computed exactly from maximal minors (fraction-free Bareiss determinants), and the
/// result is checked on every known term. The system must have at least `margin` more
/// equations than unknowns.
public enum HolonomicGuesser {
    public static let maxOrder = 2
    public static let maxDegree = 2
    static let p = RecurrenceGuesser.prime

    public static func guess(_ terms: [Number], margin: Int = RecurrenceGuesser.margin) -> HolonomicRecurrence? {
        let residues = terms.map(RecurrenceGuesser.residue)
        for k in 1...maxDegree {
            for r in 1...maxOrder {
                let unknowns = (r + 1) * (k + 1)
                guard terms.count - r >= unknowns + margin else { continue }
                if let found = solve(terms, residues, order: r, degree: k) { return found }
            }
        }
        return nil
    }

    /// Row t of the system: a(t-i) * t^j for i in 0...r, j in 0...k.
    static func row(_ t: Int, _ order: Int, _ degree: Int, _ value: (Int) -> Number) -> [Number] {
        var out: [Number] = []
        for i in 0...order {
            var power = Number(1)
            for _ in 0...degree {
                out.append(Semantics.calc(.mul, value(t - i), power) ?? .zero)
                power = Semantics.calc(.mul, power, Number(t)) ?? .zero
            }
        }
        return out
    }

    static func solve(_ terms: [Number], _ residues: [Int], order r: Int, degree k: Int) -> HolonomicRecurrence? {
        let u = (r + 1) * (k + 1)
        // Rank modulo p, remembering which rows were pivots.
        var rows: [[Int]] = []
        var pivotRows: [Int] = []
        var reduced: [[Int]] = []
        var pivotColumns: [Int] = []
        for t in r..<terms.count {
            var v: [Int] = []
            for i in 0...r {
                var power = 1
                for _ in 0...k {
                    v.append(residues[t - i] * power % p)
                    power = power * (t % p) % p
                }
            }
            rows.append(v)
            // reduce against earlier pivots
            for (pr, pc) in zip(reduced, pivotColumns) where v[pc] != 0 {
                let f = v[pc]
                for j in 0..<u { v[j] = (v[j] + p - f * pr[j] % p) % p }
            }
            if let c = v.firstIndex(where: { $0 != 0 }) {
                let inv = RecurrenceGuesser.power(v[c], p - 2)
                for j in 0..<u { v[j] = v[j] * inv % p }
                reduced.append(v)
                pivotColumns.append(c)
                pivotRows.append(t)
                if reduced.count == u { return nil }  // full rank: no recurrence of this shape
            }
        }
        guard reduced.count == u - 1 else { return nil }
        // Exact null space vector from the pivot rows' maximal minors.
        let matrix = pivotRows.map { t in row(t, r, k) { terms[$0] } }
        var x: [Number] = []
        for j in 0..<u {
            let minor = matrix.map { rowValues in rowValues.enumerated().filter { $0.offset != j }.map(\.element) }
            guard var d = determinant(minor) else { return nil }
            if j % 2 == 1 { d = Semantics.calc(.mul, d, Number(-1))! }
            x.append(d)
        }
        // Divide by the gcd, make the leading coefficient of P0 positive.
        var g = Number.zero
        for v in x { g = Semantics.calc(.gcd, g, v)! }
        guard g != .zero else { return nil }
        x = x.map { Semantics.calc(.div, $0, g)! }
        let polynomials = (0...r).map { i in Array(x[(i * (k + 1))..<((i + 1) * (k + 1))]) }
        guard polynomials[0].contains(where: { $0 != .zero }) else { return nil }
        // Exact check on every equation.
        for t in r..<terms.count {
            var sum = Number.zero
            for (c, v) in zip(row(t, r, k) { terms[$0] }, x) {
                guard let prod = Semantics.calc(.mul, c, v), let s = Semantics.calc(.add, sum, prod) else { return nil }
                sum = s
            }
            if sum != .zero { return nil }
        }
        return HolonomicRecurrence(polynomials: polynomials, initial: Array(terms.prefix(r)))
    }

    /// Determinant by fraction-free (Bareiss) elimination with row swaps.
    static func determinant(_ m: [[Number]]) -> Number? {
        var a = m
        let n = a.count
        if n == 0 { return Number(1) }
        var sign = 1
        var previous = Number(1)
        for col in 0..<n {
            guard let pivot = (col..<n).first(where: { a[$0][col] != .zero }) else { return .zero }
            if pivot != col {
                a.swapAt(pivot, col)
                sign = -sign
            }
            for i in (col + 1)..<n {
                for j in (col + 1)..<n {
                    guard let x = Semantics.calc(.mul, a[i][j], a[col][col]), let y = Semantics.calc(.mul, a[i][col], a[col][j]),
                        let z = Semantics.calc(.sub, x, y), let q = Semantics.calc(.div, z, previous)
                    else { return nil }
                    a[i][j] = q
                }
                a[i][col] = .zero
            }
            previous = a[col][col]
        }
        return sign == 1 ? a[n - 1][n - 1] : Semantics.calc(.mul, a[n - 1][n - 1], Number(-1))
    }

    /// A LODA program: a window of the last r terms, the index t in a cell, and each step
    /// a(t) = -(P1(t) a(t-1) + ... + Pr(t) a(t-r)) / P0(t), the polynomials by Horner's rule.
    public static func program(_ h: HolonomicRecurrence, offset: Int) -> Program {
        let r = h.order
        let next = r + 1, t = r + 2, numerator = r + 3, value = r + 4
        var code: [Instruction] = []
        for (i, v) in h.initial.enumerated() where v != .zero { code.append(Instruction(.mov, .cell(i + 1), .constant(v))) }
        code.append(Instruction(.mov, .cell(t), .value(r)))
        if offset != 0 { code.append(Instruction(.sub, .cell(0), .value(offset))) }
        func horner(_ poly: [Number]) -> [Instruction] {
            var out = [Instruction(.mov, .cell(value), .constant(poly[poly.count - 1]))]
            for c in poly.dropLast().reversed() {
                out.append(Instruction(.mul, .cell(value), .cell(t)))
                if c != .zero { out.append(Instruction(.add, .cell(value), .constant(c))) }
            }
            return out
        }
        code += [
            Instruction(.lpb, .cell(0), .value(1)), Instruction(.sub, .cell(0), .value(1)),
            Instruction(.mov, .cell(numerator), .value(0))
        ]
        for i in 1...r {
            code += horner(h.polynomials[i])
            code += [Instruction(.mul, .cell(value), .cell(r - i + 1)), Instruction(.add, .cell(numerator), .cell(value))]
        }
        code += horner(h.polynomials[0])
        code += [
            Instruction(.mul, .cell(numerator), .value(-1)), Instruction(.div, .cell(numerator), .cell(value)),
            Instruction(.mov, .cell(next), .cell(numerator))
        ]
        code.append(r == 1 ? Instruction(.mov, .cell(1), .cell(next)) : Instruction(.rol, .cell(1), .value(r + 1)))
        code += [Instruction(.add, .cell(t), .value(1)), Instruction(.lpe), Instruction(.mov, .cell(0), .cell(1))]
        return Program(code, offset: offset == 0 ? nil : offset)
    }
}
