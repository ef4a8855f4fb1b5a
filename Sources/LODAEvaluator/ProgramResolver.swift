import LODACore
import LODANumber

/// Where `seq` and `prg` find the programs they call. The evaluator never touches
/// files itself; `LODAProgramStore` implements this for a programs folder.
public protocol ProgramResolver: AnyObject, Sendable {
    /// The program for `id`, or an error (`fileOpen`, `calleeParse`, ...).
    func program(for id: ProgramID) throws(EvaluationError) -> Program
}
