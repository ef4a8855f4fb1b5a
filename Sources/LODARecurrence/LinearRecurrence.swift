import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// a(n) = c1 a(n-1) + ... + cd a(n-d), with integer coefficients, valid from the
/// sequence's first term on (the first d terms are the initial values).
public struct LinearRecurrence: Hashable, Sendable, CustomStringConvertible {
    public var coefficients: [Int]
    public var initial: [Number]
    public var order: Int { coefficients.count }

    public var description: String {
        var parts: [String] = []
        for (i, c) in coefficients.enumerated() where c != 0 {
            let term = "a(n-\(i + 1))"
            let sign = c < 0 ? "-" : "+"
            let magnitude = c.magnitude == 1 ? term : "\(c.magnitude)*\(term)"
            parts.append(parts.isEmpty ? (c < 0 ? "-" : "") + magnitude : " \(sign) " + magnitude)
        }
        return "a(n) = " + (parts.isEmpty ? "0" : parts.joined())
    }
}
