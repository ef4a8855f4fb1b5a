import ArgumentParser
import Foundation
import MinerCLI

/// Replaces this process by `name`, built beside `miner`, with `arguments`.
func runSibling(_ name: String, _ arguments: [String], what: String) -> Never {
    let binary = siblingExecutable(name)
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        fail("\(binary): \(what) is not built; run `swift build --product \(name)` (or `swift build`)")
    }
    flushStandardOutput()
    let argv = [binary] + arguments
    var cArgs = argv.map { strdup($0) } + [nil]
    execv(binary, &cArgs)
    fail("\(binary): cannot run: \(String(cString: strerror(errno)))")
}
