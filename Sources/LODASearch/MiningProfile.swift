import LODASequences

/// A named mining configuration: generators and their weights, matchers, budgets, targets.
public struct MiningProfile: Codable, Sendable {
    public var name: String
    /// Generator → weight.
    public var generators: GeneratorWeights
    /// Matchers used on `$0`.
    public var matchers: [MatcherName]
    /// Matchers used on the other cells (cheaper ones).
    public var cellMatchers: [MatcherName]
    /// Terms evaluated before the first lookup.
    public var screeningTerms: Int
    /// Step budget per term while screening (big-number operations cost more).
    public var screeningSteps: Int
    /// Step budget per term of the full check of a match (default 1,000,000): finds that
    /// need more are left to a profile with a bigger budget.
    public var checkSteps: Int?
    public static let defaultCheckSteps = 1_000_000
    /// Wall-clock budget for verifying (and minimizing) one match.
    public var verifySeconds: Double
    /// Sequences without a program, or all of them (improving the stored programs too).
    public var targets: MiningTargets
    /// Remove instructions from finds while they stay correct.
    public var minimize: Bool
    /// Before mining, guess a linear or P-recursive recurrence for every target and write
    /// the verified programs (the guessers' finds leave the targets).
    public var guessRecurrences: Bool?
    /// Terms right after the known ones that a find must compute within the limits when no
    /// b-file gives more terms (default 0: off; the false-find experiment measured no gain).
    public var lookaheadTerms: Int?
    public static let defaultLookahead = 0
    public var lookahead: Int { lookaheadTerms ?? MiningProfile.defaultLookahead }
    /// Without longer terms, refuse finds whose known terms cannot pin the sequence down
    /// (see `Underdetermined`; default false: the experiment measured more wrong finds with it,
    /// as other wrong programs took the refused ones' place).
    public var refuseUnderdetermined: Bool?
    /// Without longer terms, take back a find when another program agrees with it on every
    /// known term and differs within the 8 terms after them (default true).
    public var withdrawAmbiguous: Bool?
    /// With `withdrawAmbiguous`: how many candidates per stored sequence that are not shorter
    /// than its program are still checked, only to compare their terms after the known ones
    /// with it (default 0: off).
    public var ambiguityProbes: Int?
    /// Without a b-file, leave out target sequences whose known terms are mechanical
    /// (`Underdetermined.isMechanical`: Beatty-like, so no program can be told right from them;
    /// default true).
    public var skipMechanical: Bool?
    /// Terms after the known ones compared to tell two programs apart (default 8).
    public var ambiguityTerms: Int?
    public var ambiguityWindow: Int { ambiguityTerms ?? 8 }
    public static let defaultAmbiguityProbes = 0
    public var probes: Int { (withdrawAmbiguous ?? true) ? ambiguityProbes ?? MiningProfile.defaultAmbiguityProbes : 0 }

    public static let standard = MiningProfile(
        name: "default",
        generators: [.mutational: 0.55, .statistical: 0.3, .enumerative: 0.15],
        matchers: [.direct, .linear1, .linear2, .affine, .shift, .lag, .binary, .decimal],
        cellMatchers: [.direct, .linear1, .affine],
        screeningTerms: 16, screeningSteps: 20_000, verifySeconds: 0.7, targets: .unsolved, minimize: true)

    /// The first thing wrong with the profile, as one sentence (nil when it can be mined with).
    /// (Unknown generators, matchers and targets already fail at decoding.)
    public var problem: String? {
        if generators.weights.values.contains(where: { !($0 >= 0 && $0.isFinite) }) { return "generator weights must be finite and not negative" }
        if !generators.weights.values.contains(where: { $0 > 0 }) { return "no generator has a positive weight" }
        if matchers.isEmpty { return "no matcher for $0" }
        if screeningTerms < 1 || screeningTerms > 1000 { return "screeningTerms must be between 1 and 1000" }
        if screeningSteps < 1 { return "screeningSteps must be positive" }
        if let c = checkSteps, c < 1 { return "checkSteps must be positive" }
        if let l = lookaheadTerms, l < 0 || l > 1000 { return "lookaheadTerms must be between 0 and 1000" }
        if let p = ambiguityProbes, p < 0 || p > 1000 { return "ambiguityProbes must be between 0 and 1000" }
        if let t = ambiguityTerms, t < 1 || t > 1000 { return "ambiguityTerms must be between 1 and 1000" }
        if !(verifySeconds > 0 && verifySeconds.isFinite) { return "verifySeconds must be positive" }
        return nil
    }
}
