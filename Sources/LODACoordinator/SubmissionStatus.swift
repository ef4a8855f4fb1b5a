/// What became of a submission.
public enum SubmissionStatus: String, Codable, Sendable, CaseIterable {
    /// The first program for the sequence: stored.
    case accepted
    /// Better than the stored program under the replacement policy: stored.
    case improved
    /// Identical to a program already stored for the sequence.
    case duplicate
    /// Correct, but not better than the stored program.
    case kept
    /// The text is not a valid program (or is too big).
    case malformed
    /// The A-number is not in the coordinator's sequence data.
    case unknownSequence = "unknown-sequence"
    /// The program does not compute the sequence (a wrong term, an error, a limit).
    case wrong

    /// HTTP status of the response.
    public var httpStatus: Int {
        switch self {
        case .accepted, .improved: return 201
        case .duplicate, .kept: return 200
        case .malformed: return 400
        case .unknownSequence, .wrong: return 422
        }
    }

    public var isRejection: Bool { httpStatus >= 400 }
    public var stores: Bool { self == .accepted || self == .improved }
}
