import LODASequences

/// Which sequences a profile mines for.
public enum MiningTargets: String, NamedChoice {
    /// Those without a program in the folder.
    case unsolved
    /// Every sequence: stored programs are replaced by better ones.
    case all
    public static let kind = "targets value"
}

extension MiningTargets {
    /// The sequences left out of the index, given those that have a program: none for `all`.
    public func excluded(solved: Set<SequenceID>) -> Set<SequenceID> { self == .all ? [] : solved }
}
