import Foundation
import LODAEvaluator

struct StartupFailure: Error, CustomStringConvertible {
    let arguments: [String]
    var description: String { "startup benchmark: miner \(arguments.joined(separator: " ")) failed" }
}
