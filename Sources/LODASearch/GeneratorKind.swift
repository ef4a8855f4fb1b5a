import LODASequences

/// Where the miner's candidates come from (the keys of a profile's `generators`).
public enum GeneratorKind: String, NamedChoice {
    /// Mutations of known programs and recent finds.
    case mutational
    /// Random programs drawn from operation statistics learned from the programs folder.
    case statistical
    /// Systematic enumeration of short programs.
    case enumerative
    public static let kind = "generator"
}
