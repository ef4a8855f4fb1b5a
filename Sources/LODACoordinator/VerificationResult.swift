import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences

/// What a verification found.
public struct VerificationResult: Codable, Sendable {
    /// A rejection (malformed, wrong); nil when the program passed.
    public var rejection: SubmissionStatus?
    /// One sentence: why it was rejected.
    public var reason: String
    /// The program as it would be stored: canonical text without comments, and its SHA-256.
    public var text: String?
    public var hash: String?
    public var figures: ReplacementPolicy.Candidate?
    /// The figures of the program stored for the sequence, when there is one.
    public var baseline: ReplacementPolicy.Candidate?
    /// Why replacing the stored program by this one would break a program that calls it.
    public var breakage: String?
    public var seconds: Double

    public init(
        rejection: SubmissionStatus?, reason: String, text: String? = nil, hash: String? = nil,
        figures: ReplacementPolicy.Candidate? = nil, baseline: ReplacementPolicy.Candidate? = nil,
        breakage: String? = nil, seconds: Double = 0
    ) {
        self.rejection = rejection
        self.reason = reason
        self.text = text
        self.hash = hash
        self.figures = figures
        self.baseline = baseline
        self.breakage = breakage
        self.seconds = seconds
    }

    static func rejected(_ status: SubmissionStatus, _ reason: String) -> VerificationResult {
        VerificationResult(rejection: status, reason: reason)
    }
}
