import LODANumber

/// Writes expressions in the PARI/GP-like notation of the published `; Formula:` headers.
public struct ExpressionRenderer {
    var facts: SignFacts
    /// How a `previous(j)` is written: `b(n-1)` in a formula, `v[2]` in PARI code.
    var previous: (Int) -> String
    /// How the argument is written.
    var argumentName = "n"
    /// Helpers used so far (the PARI export defines them).
    var helpers: Set<PariHelper> = []

    // Precedence levels: the operand of a context needs at least the given level.
    static let additive = 1, multiplicative = 2, unary = 3, power = 4, atom = 5

    public init(facts: SignFacts, previous: @escaping (Int) -> String) {
        self.facts = facts
        self.previous = previous
    }

    public mutating func render(_ e: FormulaExpression) -> String { render(e, needs: 0) }

    private mutating func render(_ e: FormulaExpression, needs: Int) -> String {
        let (text, level) = renderWithLevel(e)
        return level >= needs ? text : "(\(text))"
    }

    private mutating func renderWithLevel(_ e: FormulaExpression) -> (String, Int) {
        switch e {
        case .argument: return (argumentName, Self.atom)
        case .index: return ("k", Self.atom)
        case .constant(let v): return (v.description, v.signum < 0 ? Self.unary : Self.atom)
        case .previous(let j): return (previous(j), Self.atom)
        case .call(let f, let a): return ("\(f)(\(render(a)))", Self.atom)
        case .sum(let from, let to, let body):
            return ("sum(k=\(render(from)),\(render(to)),\(render(body)))", Self.atom)
        case .operation(let op, let a, let b): return operation(op, a, b)
        }
    }

    private mutating func call(_ name: String, _ args: FormulaExpression...) -> (String, Int) {
        var parts: [String] = []
        for a in args { parts.append(render(a)) }
        return ("\(name)(\(parts.joined(separator: ",")))", Self.atom)
    }

    private mutating func helper(_ h: PariHelper, _ a: FormulaExpression, _ b: FormulaExpression) -> (String, Int) {
        helpers.insert(h)
        return call(h.rawValue, a, b)
    }

    private func positiveConstant(_ e: FormulaExpression) -> Bool { (e.constantValue?.signum ?? 0) > 0 }

    private mutating func operation(_ op: ArithmeticOperation, _ a: FormulaExpression, _ b: FormulaExpression) -> (String, Int) {
        switch op {
        case .mov: return renderWithLevel(b)
        case .add:
            if let y = Self.negated(b) {
                return ("\(render(a, needs: Self.additive))-\(rightOperand(y))", Self.additive)
            }
            if let c = b.constantValue, c.signum < 0 {
                return ("\(render(a, needs: Self.additive))-\(c.negated)", Self.additive)
            }
            return ("\(render(a, needs: Self.additive))+\(rightOperand(b))", Self.additive)
        case .sub:
            return ("\(render(a, needs: Self.additive))-\(rightOperand(b))", Self.additive)
        case .mul:
            if let y = Self.negated(.operation(.mul, a, b)) {
                let text = render(y, needs: Self.power)
                return ("-" + (text.hasPrefix("-") ? "(\(text))" : text), Self.unary)
            }
            let (x, y) = b.constantValue != nil && a.constantValue == nil ? (b, a) : (a, b)
            return ("\(render(x, needs: Self.multiplicative))*\(render(y, needs: Self.power))", Self.multiplicative)
        case .div:
            if facts.nonNegative(a), positiveConstant(b) {
                return ("floor(\(render(a, needs: Self.multiplicative))/\(render(b, needs: Self.unary)))", Self.atom)
            }
            return ("truncate(\(render(a, needs: Self.multiplicative))/\(render(b, needs: Self.unary)))", Self.atom)
        case .mod:
            if facts.nonNegative(a), let c = b.constantValue, c.signum != 0 {
                // GP reads `-x%3` as `(-x)%3`: a leading minus needs parentheses.
                let left = render(a, needs: Self.multiplicative)
                return ("\(left.hasPrefix("-") ? "(\(left))" : left)%\(c.magnitudeValue)", Self.multiplicative)
            }
            return helper(.lodamod, a, b)
        case .trn:
            return ("max(\(render(a, needs: Self.additive))-\(rightOperand(b)),0)", Self.atom)
        case .pow:
            if facts.nonNegative(b) || (b.constantValue?.signum ?? -1) >= 0 {
                return ("\(render(a, needs: Self.atom))^\(render(b, needs: Self.atom))", Self.power)
            }
            return helper(.lodapow, a, b)
        case .gcd: return call("gcd", a, b)
        case .bin:
            // GP's binomial needs a small k; LODA's is 0 for k > n >= 0 however large k is.
            if let k = b.constantValue, k.signum >= 0, let small = k.intValue, small <= 1_000_000 { return call("binomial", a, b) }
            return helper(.lodabin, a, b)
        case .fac:
            // A few rising or falling factors are clearer written out.
            if let k = b.constantValue?.intValue, k != 0, abs(k) <= 4, a.size <= 3 {
                var factors: [String] = []
                for i in 0..<abs(k) {
                    let factor = i == 0 ? a : FormulaExpression.apply(.add, a, .int(k > 0 ? i : -i))
                    factors.append(render(factor, needs: Self.unary))
                }
                return (factors.joined(separator: "*"), Self.multiplicative)
            }
            return helper(.lodafac, a, b)
        case .dif: return helper(.lodadif, a, b)
        case .dir: return helper(.lodadir, a, b)
        case .lex: return helper(.lodalex, a, b)
        case .log: return call("logint", a, b)
        case .nrt:
            if b.constantValue == Number(2) { return call("sqrtint", a) }
            if let k = b.constantValue?.intValue, k >= 1, k <= 1_000_000 { return call("sqrtnint", a, b) }
            return helper(.lodanrt, a, b)
        case .dgs:
            if facts.nonNegative(a) { return call("sumdigits", a, b) }
            return helper(.lodadgs, a, b)
        case .dgr: return helper(.lodadgr, a, b)
        case .equ: return comparison("==", a, b)
        case .neq: return comparison("!=", a, b)
        case .leq: return comparison("<=", a, b)
        case .geq: return comparison(">=", a, b)
        case .min: return call("min", a, b)
        case .max: return call("max", a, b)
        case .ban: return call("bitand", a, b)
        case .bor: return call("bitor", a, b)
        case .bxo: return call("bitxor", a, b)
        }
    }

    /// `y` when `e` is `-1*y` or `y*-1`.
    static func negated(_ e: FormulaExpression) -> FormulaExpression? {
        guard case .operation(.mul, let a, let b) = e else { return nil }
        if a.constantValue == Number(-1), b.constantValue == nil { return b }
        if b.constantValue == Number(-1), a.constantValue == nil { return a }
        return nil
    }

    /// The right operand of `+` or `-`: parenthesised when it is a sum or starts with a minus.
    private mutating func rightOperand(_ b: FormulaExpression) -> String {
        let text = render(b, needs: Self.multiplicative)
        return text.hasPrefix("-") ? "(\(text))" : text
    }

    private mutating func comparison(_ symbol: String, _ a: FormulaExpression, _ b: FormulaExpression) -> (String, Int) {
        ("(\(render(a, needs: Self.additive))\(symbol)\(render(b, needs: Self.additive)))", Self.atom)
    }
}
