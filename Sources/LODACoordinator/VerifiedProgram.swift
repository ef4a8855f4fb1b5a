import LODAProgramStore

/// A program that passed the coordinator's own check.
public struct VerifiedProgram: Sendable {
    /// Canonical text without comments.
    public var text: String
    /// SHA-256 of `text` (hex): identical programs have the same hash.
    public var hash: String
    public var figures: ReplacementPolicy.Candidate

    public init(text: String, hash: String, figures: ReplacementPolicy.Candidate) {
        self.text = text
        self.hash = hash
        self.figures = figures
    }
}
