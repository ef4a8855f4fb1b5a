import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences

/// One submitted program to verify, with everything the verifier needs besides the programs
/// folder: it runs in a child process of the coordinator (or one of its threads), which reads
/// nothing else.
public struct VerificationRequest: Codable, Sendable {
    public var sequence: KnownSequence
    /// The untrusted program text.
    public var program: String
    /// Programs that call the sequence's program, directly or through others (their known
    /// terms): a program that replaces the stored one must not break them. Nil when there are
    /// too many to check (the stored program is then never replaced).
    public var dependents: [KnownSequence]?
    public var seconds: Double
    public var maxProgramBytes: Int
    public var maxInstructions: Int

    public init(
        sequence: KnownSequence, program: String, dependents: [KnownSequence]?, seconds: Double,
        maxProgramBytes: Int = 64 << 10, maxInstructions: Int = 2000
    ) {
        self.sequence = sequence
        self.program = program
        self.dependents = dependents
        self.seconds = seconds
        self.maxProgramBytes = maxProgramBytes
        self.maxInstructions = maxInstructions
    }
}
