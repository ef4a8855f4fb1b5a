import Foundation
import LODACore
import LODAEvaluator
import LODASequences
import Synchronization

/// A resolver that answers some ids with given programs and asks another one for the rest.
public final class OverlayResolver: ProgramResolver {
    let base: ProgramResolver
    let overrides: [ProgramID: Program]
    public init(base: ProgramResolver, overrides: [ProgramID: Program]) {
        self.base = base
        self.overrides = overrides
    }
    public func program(for id: ProgramID) throws(EvaluationError) -> Program {
        if let p = overrides[id] { return p }
        return try base.program(for: id)
    }
}
