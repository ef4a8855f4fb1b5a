import LODACore
import LODANumber

/// The matchers Lodestone uses, in the order lookups report them (simplest first).
public enum Matchers {
    public static let all: [any Matcher] = [
        DirectMatcher(), LinearMatcher(divideFirst: false), LinearMatcher(divideFirst: true), AffineMatcher(),
        ShiftMatcher(), LagMatcher(), DigitMatcher(base: 2), DigitMatcher(base: 10), DeltaMatcher(), BinomialMatcher()
    ]

    public static func named(_ name: String) -> (any Matcher)? { all.first { $0.name == name } }
}
