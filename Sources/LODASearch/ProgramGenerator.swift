import LODACore
import LODANumber

/// Where candidates come from. Generators are seeded and replayable. They produce
/// compact code, which the miner hashes and compiles without building a `Program`.
public protocol ProgramGenerator {
    var name: String { get }
    mutating func nextCode(_ rng: inout SeededRandom) -> [CompactInstruction]
}

extension ProgramGenerator {
    /// The next candidate as a program.
    public mutating func next(_ rng: inout SeededRandom) -> Program { Program(compact: nextCode(&rng)) }
}
