/// Decides whether a newly found program replaces the stored one.
///
/// Rules, in order: no stored program, or a stored one that no longer checks → take the
/// new one. More terms computed correctly → take it. Fewer → keep the old. Same number
/// of terms: shorter, and not slower than the old one beyond the margin (at most 1/0.9 of
/// its steps, plus one step per term) → take it ("shorter"); not longer, and at most 0.9
/// of the old one's steps → take it ("faster"); otherwise keep the old one.
public enum ReplacementPolicy {
    /// What the policy knows about a program: its check against the known terms.
    public struct Candidate: Hashable, Sendable, Codable {
        /// Known terms it computes correctly (from the offset on, without a gap).
        public var correctTerms: Int
        /// Whether it passes the check (ok or warning).
        public var passes: Bool
        /// Steps over the correctly computed terms.
        public var totalSteps: Int
        /// Executable instructions.
        public var length: Int

        public init(correctTerms: Int, passes: Bool, totalSteps: Int, length: Int) {
            self.correctTerms = correctTerms
            self.passes = passes
            self.totalSteps = totalSteps
            self.length = length
        }
    }

    public enum Decision: Hashable, Sendable {
        case add
        case replace(String)
        case keep(String)

        public var writes: Bool {
            if case .keep = self { return false }
            return true
        }
    }

    /// The new program must need at most this share of the old one's steps to count as faster.
    public static let speedMargin = 0.9

    public static func decide(existing: Candidate?, new: Candidate) -> Decision {
        guard new.passes else { return .keep("the new program does not pass the check") }
        guard let old = existing else { return .add }
        if !old.passes { return .replace("the stored program no longer passes the check") }
        if new.correctTerms > old.correctTerms {
            return .replace("computes \(new.correctTerms) terms correctly instead of \(old.correctTerms)")
        }
        if new.correctTerms < old.correctTerms {
            return .keep("computes fewer terms (\(new.correctTerms) < \(old.correctTerms))")
        }
        if new.length < old.length && notSlower(new.totalSteps, than: old.totalSteps, terms: new.correctTerms) {
            return .replace("shorter: \(new.length) instructions instead of \(old.length)")
        }
        if new.length <= old.length && Double(new.totalSteps) <= Double(old.totalSteps) * speedMargin {
            return .replace("faster: \(new.totalSteps) steps instead of \(old.totalSteps)")
        }
        return .keep("not better: \(new.totalSteps) steps and \(new.length) instructions vs \(old.totalSteps) and \(old.length)")
    }

    /// Whether `steps` are within the margin of `old` (at most 1/`speedMargin` of them, plus
    /// one step per term, so that tiny programs are not held to a step or two).
    public static func notSlower(_ steps: Int, than old: Int, terms: Int) -> Bool {
        Double(steps) <= Double(old) / speedMargin + Double(terms)
    }

    /// Why a decision replaced the stored program, as a word: more terms, corrected, shorter, faster.
    public static func reason(_ decision: Decision) -> String? {
        guard case .replace(let why) = decision else { return nil }
        if why.hasPrefix("shorter") { return "shorter" }
        if why.hasPrefix("faster") { return "faster" }
        if why.hasPrefix("computes") { return "more terms" }
        return "corrected"
    }
}
