import LODANumber

/// A term of a formula: what a program's cells hold, written as a function of the
/// argument `n`. Operations keep LODA's meaning (`div` truncates, `mod` follows the sign of
/// the dividend, ...); how they are written is decided when the formula is rendered.
public indirect enum FormulaExpression: Hashable, Sendable {
    /// The argument `n`.
    case argument
    /// A constant.
    case constant(Number)
    /// The summation index of an enclosing `sum`.
    case index
    /// A LODA arithmetic operation of two terms.
    case operation(ArithmeticOperation, FormulaExpression, FormulaExpression)
    /// A named function of one argument: a sequence (`A000045`) or a recurrence (`b`).
    case call(String, FormulaExpression)
    /// The value of recurrence member `j` one step back (only inside recurrence steps).
    case previous(Int)
    /// `sum(k = from..to, body)`, with `.index` standing for k.
    case sum(from: FormulaExpression, to: FormulaExpression, body: FormulaExpression)

    public static func int(_ v: Int) -> FormulaExpression { .constant(Number(v)) }

    public var constantValue: Number? {
        if case .constant(let v) = self { return v }
        return nil
    }

    /// Whether the expression mentions `previous` terms (is a recurrence step, not a value).
    var mentionsPrevious: Bool {
        switch self {
        case .previous: return true
        case .argument, .constant, .index: return false
        case .operation(_, let a, let b): return a.mentionsPrevious || b.mentionsPrevious
        case .call(_, let a): return a.mentionsPrevious
        case .sum(let f, let t, let b): return f.mentionsPrevious || t.mentionsPrevious || b.mentionsPrevious
        }
    }

    /// Whether the value depends on the argument (or a summation index).
    var mentionsArgument: Bool {
        switch self {
        case .argument, .index: return true
        case .constant, .previous: return false
        case .operation(_, let a, let b): return a.mentionsArgument || b.mentionsArgument
        case .call(_, let a): return a.mentionsArgument
        case .sum(let f, let t, let b): return f.mentionsArgument || t.mentionsArgument || b.mentionsArgument
        }
    }

    /// The names of every function called.
    func collectCalls(into names: inout Set<String>) {
        switch self {
        case .argument, .constant, .index, .previous: return
        case .operation(_, let a, let b):
            a.collectCalls(into: &names)
            b.collectCalls(into: &names)
        case .call(let f, let a):
            names.insert(f)
            a.collectCalls(into: &names)
        case .sum(let f, let t, let b):
            f.collectCalls(into: &names)
            t.collectCalls(into: &names)
            b.collectCalls(into: &names)
        }
    }

    /// The expression with `.index` replaced by `value`.
    func substitutingIndex(_ value: FormulaExpression) -> FormulaExpression {
        switch self {
        case .index: return value
        case .argument, .constant, .previous: return self
        case .operation(let op, let a, let b):
            return .operation(op, a.substitutingIndex(value), b.substitutingIndex(value))
        case .call(let f, let a): return .call(f, a.substitutingIndex(value))
        case .sum: return self  // a nested sum binds its own index
        }
    }

    /// Rough size, to refuse formulas nobody could read.
    var size: Int {
        switch self {
        case .argument, .constant, .index, .previous: return 1
        case .operation(_, let a, let b): return 1 + a.size + b.size
        case .call(_, let a): return 1 + a.size
        case .sum(let f, let t, let b): return 1 + f.size + t.size + b.size
        }
    }
}

extension FormulaExpression {
    /// `op a b`, simplified where that is exact: constants folded, identities dropped,
    /// constant chains of `+` and `*` merged. Folding that would fail in LODA (division by
    /// zero, overflow) is left to the renderer, so the formula fails where the program does.
    public static func apply(_ op: ArithmeticOperation, _ a: FormulaExpression, _ b: FormulaExpression) -> FormulaExpression {
        if op == .mov { return b }
        if let x = a.constantValue, let y = b.constantValue, let r = Semantics.calc(op, x, y) { return .constant(r) }
        switch op {
        case .add:
            if b.constantValue == .zero { return a }
            if a.constantValue == .zero { return b }
            if let y = b.constantValue, case .operation(.add, let inner, let c) = a, let x = c.constantValue,
                let s = Semantics.calc(.add, x, y)
            {
                return apply(.add, inner, .constant(s))
            }
            if let y = b.constantValue, case .operation(.sub, let inner, let c) = a, let x = c.constantValue,
                let s = Semantics.calc(.sub, y, x)
            {
                return apply(.add, inner, .constant(s))
            }
        case .sub:
            if b.constantValue == .zero { return a }
            if let y = b.constantValue, let negated = Semantics.calc(.sub, .zero, y) { return apply(.add, a, .constant(negated)) }
            if a == b, !a.mentionsCall { return .int(0) }
        case .mul:
            if b.constantValue == .one { return a }
            if a.constantValue == .one { return b }
            if let y = b.constantValue, case .operation(.mul, let inner, let c) = a, let x = c.constantValue,
                let p = Semantics.calc(.mul, x, y)
            {
                return apply(.mul, inner, .constant(p))
            }
        case .div:
            if b.constantValue == .one { return a }
        case .pow:
            if b.constantValue == .one { return a }
        case .max, .min:
            if a == b { return a }
        default: break
        }
        return .operation(op, a, b)
    }

    private var mentionsCall: Bool {
        var names = Set<String>()
        collectCalls(into: &names)
        return !names.isEmpty
    }
}
