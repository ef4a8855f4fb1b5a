/// Decides whether a newly found program replaces the stored one.
///
/// Rules, in order: no stored program, or a stored one that no longer checks → take the
/// new one. More terms computed correctly → take it. Fewer → keep the old. Same number
/// of terms: at least `speedMargin` fewer total steps over the checked terms → take it
/// ("faster by a clear margin"); not slower and shorter → take it ("shorter at equal
/// speed"); otherwise keep the old one.
public enum ReplacementPolicy {
    /// What the policy knows about a program: its check against the known terms.
    public struct Candidate: Hashable, Sendable {
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
        if Double(new.totalSteps) <= Double(old.totalSteps) * speedMargin {
            return .replace("faster: \(new.totalSteps) steps instead of \(old.totalSteps)")
        }
        if new.totalSteps <= old.totalSteps && new.length < old.length {
            return .replace("shorter at equal speed: \(new.length) instructions instead of \(old.length)")
        }
        return .keep("not better: \(new.totalSteps) steps and \(new.length) instructions vs \(old.totalSteps) and \(old.length)")
    }
}
