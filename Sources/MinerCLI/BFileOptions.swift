import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// OEIS b-files beside the data: when a sequence has one, programs for it are verified
/// against its terms, not only against the stripped file's.
public struct BFileOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Folder of OEIS b-files (bNNN/bNNNNNN.txt or flat bNNNNNN.txt, plain or .gz): programs are verified against their terms too.")
    public var bfiles: String?

    @Option(name: .long, help: "Most b-file terms used per sequence.")
    public var bfileTerms: Int = 1000

    public func validate() throws {
        if bfileTerms < 1 { throw ValidationError("--bfile-terms must be at least 1") }
        if let bfiles {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: bfiles, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(bfiles): no such folder (--bfiles)")
            }
        }
    }

    /// The b-files, or nil without `--bfiles`.
    public func load() -> BFiles? { bfiles.map { BFiles(root: $0, limit: bfileTerms) } }
}
