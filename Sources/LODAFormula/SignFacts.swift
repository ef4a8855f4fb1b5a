import LODANumber

/// What the renderer may assume about signs, so that `div` can be written `floor(a/b)`,
/// `mod` as `a%b`, `pow` as `a^b` and so on only where that is exactly LODA's meaning.
public struct SignFacts {
    public var argumentNonNegative: Bool
    /// Functions (recurrences) whose every value is non-negative.
    public var nonNegativeFunctions: Set<String> = []
    /// Recurrence members whose previous values are non-negative (inside steps).
    public var nonNegativePrevious: Set<Int> = []

    public init(argumentNonNegative: Bool) { self.argumentNonNegative = argumentNonNegative }

    func nonNegative(_ e: FormulaExpression) -> Bool {
        switch e {
        case .argument: return argumentNonNegative
        case .constant(let v): return v.signum >= 0
        case .index: return true
        case .previous(let j): return nonNegativePrevious.contains(j)
        case .call(let f, _): return nonNegativeFunctions.contains(f)
        case .sum(_, _, let body): return nonNegative(body)
        case .operation(let op, let a, let b):
            switch op {
            case .mov: return nonNegative(b)
            case .add, .mul, .bor, .bxo, .min: return nonNegative(a) && nonNegative(b)
            case .div, .dif, .dir: return nonNegative(a) && nonNegative(b)
            case .mod, .dgs, .dgr, .bin: return nonNegative(a)
            case .pow:
                if nonNegative(a) { return true }
                if let k = b.constantValue, let small = k.intValue, small >= 0, small % 2 == 0 { return true }
                return false
            case .fac: return nonNegative(a) && nonNegative(b)
            case .max, .ban: return nonNegative(a) || nonNegative(b)
            case .sub: return false
            case .trn, .gcd, .lex, .log, .nrt, .equ, .neq, .leq, .geq: return true
            }
        }
    }
}
