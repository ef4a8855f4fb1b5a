import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI
import Synchronization

/// The last find, for the status line.
final class LastFind: Sendable {
    private let text = Shared("-")
    func set(_ t: String) { text.withLock { $0 = t } }
    func get() -> String { text.withLock { $0 } }
}
