import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// Options shared by the commands that run programs.
public struct RunOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Programs folder in the LODA layout (oeis/NNN/ANNNNNN.asm), for A-numbers and seq calls.")
    public var programs: String = "programs"

    @Option(name: .long, help: "Maximum steps per term (-1: unlimited).")
    public var maxSteps: Int = 100_000_000

    @Option(name: .long, help: "Maximum memory cell index and cell count (-1: unlimited).")
    public var maxMemory: Int = 2000

    @Flag(name: .long, help: "Use only the plain interpreter (no incremental or virtual evaluation), for comparison.")
    public var noAccelerate = false

    public var limits: EvaluationLimits {
        var limits = EvaluationLimits(maxSteps: maxSteps, maxMemory: maxMemory)
        limits.accelerated = !noAccelerate
        return limits
    }
}
