import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// One status line on a terminal (stderr), rewritten in place; silent when stderr is not a terminal.
public final class TerminalProgress: Sendable {
    private let enabled = isatty(2) == 1
    private struct State {
        var shown = false
        var lastUpdate: UInt64 = 0
    }
    private let state = Mutex(State())

    public init() {}

    /// Shows `text` (at most ten times a second unless `force`).
    public func update(_ text: String, force: Bool = true) {
        guard enabled else { return }
        state.withLock { s in
            let now = monotonicNanoseconds()
            if !force && now - s.lastUpdate < 100_000_000 { return }
            s.lastUpdate = now
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
            s.shown = true
        }
    }

    /// Clears the line.
    public func finish() {
        guard enabled else { return }
        state.withLock { s in
            if s.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            s.shown = false
        }
    }
}
