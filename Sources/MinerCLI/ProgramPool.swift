import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// A programs folder as mining starts from it: its programs (the mutator's seeds) and the
/// sequences they solve (left out of the targets, callable through `seq`).
public struct ProgramPool {
    public let seeds: [Program]
    public let solved: Set<SequenceID>
    /// Instructions of each stored program (by A-number).
    public let lengths: [Int: Int]
    /// Who calls whom among them.
    public let graph: CallGraph

    public init(folder: String) {
        var seeds: [Program] = []
        var lengths: [Int: Int] = [:]
        var ids: [(ProgramID, Program)] = []
        for path in ProgramDirectory.programFiles(below: folder) {
            guard let program = try? ProgramDirectory.load(file: path) else { continue }
            seeds.append(program)
            if let id = ProgramDirectory.sequenceID(of: program, path: path) {
                lengths[id.number] = program.code.count
                ids.append((id, program))
            }
        }
        self.seeds = seeds
        self.lengths = lengths
        graph = CallGraph(ids)
        solved = ProgramDirectory.solvedSequences(below: folder)
    }

    /// What the program store needs to keep replacements from breaking their callers.
    public func dependents(_ database: SequenceDatabase) -> ProgramStore.Dependents {
        ProgramStore.Dependents(graph: graph) { id in database[SequenceID(id.number)] }
    }

    public var callable: [Int] { solved.map(\.number).sorted() }

    /// The sequences a profile leaves out of the index: none, or those with a program (and `alsoSolved`).
    public func excluded(profile: MiningProfile, alsoSolved: Set<SequenceID> = []) -> Set<SequenceID> {
        profile.targets.excluded(solved: solved.union(alsoSolved))
    }
}
