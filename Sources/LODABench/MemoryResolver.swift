import GMPShim
import LODACore
import LODAEvaluator
import LODANumber

#if canImport(Glibc)
    import Glibc
#endif

/// Callees for the `seq` benchmark, served from memory.
final class MemoryResolver: ProgramResolver {
    let programs: [ProgramID: Program]
    init(_ programs: [ProgramID: Program]) { self.programs = programs }
    func program(for id: ProgramID) throws(EvaluationError) -> Program {
        guard let p = programs[id] else { throw .fileOpen(id.relativePath) }
        return p
    }
}
