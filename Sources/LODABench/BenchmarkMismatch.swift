import LODACore
import LODAEvaluator
import LODANumber

/// The accelerated evaluation of a benchmark program disagreed with the plain one.
struct BenchmarkMismatch: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(name): the accelerated evaluation differs from the plain one" }
}
