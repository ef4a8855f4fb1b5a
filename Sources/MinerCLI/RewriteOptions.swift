import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// Options of the commands that rewrite programs (`optimize`, `minimize`).
public struct RewriteOptions: ParsableArguments, Sendable {
    public init() {}

    @Flag(name: .long, help: "Store each result in the programs folder when the replacement policy calls it better.")
    public var write = false

    @Option(name: [.short, .long], help: "Programs rewritten in parallel.")
    public var jobs: Int = 1

    @Flag(name: [.short, .long], help: "With several programs, print only the summary.")
    public var quiet = false

    public func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
