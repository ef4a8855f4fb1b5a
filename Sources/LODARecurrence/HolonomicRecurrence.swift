import LODACore
import LODAEvaluator
import LODANumber

/// P0(t) a(t) + P1(t) a(t-1) + ... + Pr(t) a(t-r) = 0 for t >= r (t = index from 0),
/// with integer polynomial coefficients (`polynomials[i][j]` is the t^j coefficient of Pi).
public struct HolonomicRecurrence: Hashable, Sendable, CustomStringConvertible {
    public var polynomials: [[Number]]
    public var initial: [Number]
    public var order: Int { polynomials.count - 1 }

    public var description: String {
        func poly(_ p: [Number]) -> String {
            let terms = p.enumerated().filter { $0.element != .zero }.map { j, c in j == 0 ? "\(c)" : j == 1 ? "\(c)*t" : "\(c)*t^\(j)" }
            return terms.isEmpty ? "0" : "(" + terms.joined(separator: " + ") + ")"
        }
        return polynomials.enumerated().map { i, p in "\(poly(p))*a(t\(i == 0 ? "" : "-\(i)"))" }.joined(separator: " + ") + " = 0"
    }
}
