import LODACore
import LODASequences

public enum FindOutcome: Sendable { case added, improved, kept }
