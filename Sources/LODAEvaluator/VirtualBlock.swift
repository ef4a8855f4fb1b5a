import LODACore
import LODANumber

/// A block at run time: its code compiled on its own, and its results so far (by input).
final class VirtualBlock {
    let program: CompiledProgram
    let input: Int
    let output: Int
    var results: [Number: (value: Number, steps: Int)] = [:]
    var calls = 0
    var hits = 0

    /// Results kept before they are forgotten.
    static let capacity = 1 << 20

    init(program: CompiledProgram, input: Int, output: Int) {
        self.program = program
        self.input = input
        self.output = output
    }
}
