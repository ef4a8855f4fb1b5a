import LODAProgramStore

/// What recording a submission that is not a repeat comes to, decided the same way for every
/// backend from what its transaction looked up: each backend only runs the queries.
public enum RecordPlan: Sendable {
    /// Answer this; nothing is stored.
    case answer(SubmissionResponse)
    /// Make `program` the sequence's current program (the old one stays, no longer current),
    /// then answer `SubmissionResponse.stored(decision, id:)` with its new id.
    case store(ReplacementPolicy.Decision, VerifiedProgram)

    /// Whether the sequence's programs must be looked up (a verified program, not rejected).
    public static func needsLookups(_ s: SubmissionRecord, verified: VerifiedProgram?) -> Bool {
        s.rejection == nil && verified != nil
    }

    /// The plan, given the id of an identical stored program and the current program's figures
    /// (both nil when `needsLookups` is false).
    public static func make(
        _ s: SubmissionRecord, verified: VerifiedProgram?, identical: Int64?, current: ReplacementPolicy.Candidate?,
        decide: (ReplacementPolicy.Candidate?) -> ReplacementPolicy.Decision
    ) -> RecordPlan {
        if let rejection = SubmissionResponse.rejected(s) { return .answer(rejection) }
        guard let verified else { return .answer(.nothing(s)) }
        if let identical { return .answer(.duplicate(of: identical, s)) }
        let decision = decide(current)
        if case .keep(let why) = decision { return .answer(.kept(why, s)) }
        return .store(decision, verified)
    }
}
