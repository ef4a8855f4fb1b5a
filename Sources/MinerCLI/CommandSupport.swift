import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

public func flushStandardOutput() { fflush(nil) }

/// Prints a one-line error to stderr and exits with status 1.
public func fail(_ message: String) -> Never {
    flushStandardOutput()
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(1)
}

public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Options shared by the commands that run programs.
public struct RunOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "Programs folder in the LODA layout (oeis/NNN/ANNNNNN.asm), for A-numbers and seq calls.")
    public var programs: String = "programs"

    @Option(name: .long, help: "Maximum steps per term (-1: unlimited).")
    public var maxSteps: Int = 100_000_000

    @Option(name: .long, help: "Maximum memory cell index and cell count (-1: unlimited).")
    public var maxMemory: Int = 2000

    @Flag(name: .long, help: "Use only the plain interpreter (no incremental or virtual evaluation), for comparison.")
    public var noAccelerate = false

    public var limits: EvaluationLimits {
        var limits = EvaluationLimits(maxSteps: maxSteps, maxMemory: maxMemory)
        limits.accelerated = !noAccelerate
        return limits
    }
}

/// The OEIS data files (defaults: the shipped ones). The names and offsets files are looked
/// for beside the stripped file (`names`/`names.gz`, `offsets`/`offsets.gz`) unless given;
/// when one is missing the run says once what follows. A missing stripped file, or a names
/// or offsets file given but missing, is an error.
public struct DataOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: "OEIS 'stripped' file with the terms (plain or .gz).")
    public var sequences: String = "sequences/stripped.gz"

    @Option(name: .long, help: "OEIS 'names' file (default: names or names.gz beside the stripped file).")
    public var names: String?

    @Option(name: .long, help: "OEIS offsets file, 'A000045: 0' lines (default: offsets or offsets.gz beside the stripped file).")
    public var offsets: String?

    @Option(name: .long, help: "Instruction counts of the published LODA programs ('A000045 26'), the yardstick for found programs' lengths.")
    public var publishedLengths: String = "sequences/published-lengths.gz"

    @Option(name: .long, help: "Folder for the sequence index cache (default: beside the stripped file when writable, else ~/.cache/lodestone).")
    public var indexCache: String?

    @Flag(name: .long, help: "Build the sequence index in memory: neither read nor write the index cache.")
    public var noIndexCache = false

    /// The cache file for this data, or nil with `--no-index-cache`.
    public var indexCachePath: String? { noIndexCache ? nil : IndexCache.path(for: sequences, folder: indexCache) }

    /// The database and its index: mapped from the index cache when it is valid for the data
    /// files, else loaded, indexed and cached (with progress on a terminal).
    public func loadIndexed() -> (SequenceDatabase, SequenceIndex, IndexCache.Outcome) {
        for warning in missingFileWarnings { printError(warning) }
        let progress = TerminalProgress()
        defer { progress.finish() }
        do {
            let (database, index, outcome, report) = try IndexCache.open(
                stripped: sequences, names: namesIfPresent, offsets: offsetsIfPresent,
                cachePath: indexCachePath, progress: { progress.update($0) })
            let malformed = report?.malformed ?? []
            for problem in malformed.prefix(10) { printError("warning: \(problem) (line skipped)") }
            if malformed.count > 10 { printError("warning: \(malformed.count - 10) more malformed lines skipped") }
            return (database, index, outcome)
        } catch {
            fail(error.description)
        }
    }

    public func validate() throws {
        for (option, path) in [("--names", names), ("--offsets", offsets)] {
            if let path, !FileManager.default.fileExists(atPath: path) { throw ValidationError("\(path): no such file (\(option))") }
        }
    }

    /// The file given, else the first of `candidates` that exists beside the stripped file.
    private func beside(_ given: String?, _ candidates: [String]) -> String? {
        given ?? DataOptions.beside(sequences, candidates)
    }

    /// The first of `candidates` that exists in the folder of `stripped`.
    public static func beside(_ stripped: String, _ candidates: [String]) -> String? {
        let folder = (stripped as NSString).deletingLastPathComponent
        for name in candidates {
            let path = folder.isEmpty ? name : folder + "/" + name
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    public var namesIfPresent: String? { beside(names, DataOptions.nameFiles) }
    public var offsetsIfPresent: String? { beside(offsets, DataOptions.offsetFiles) }
    public static let nameFiles = ["names.gz", "names"]
    public static let offsetFiles = ["offsets.gz", "offsets"]

    /// One warning per missing file, saying what follows from it.
    public var missingFileWarnings: [String] {
        let folder = (sequences as NSString).deletingLastPathComponent
        let place = folder.isEmpty ? "the current folder" : folder
        var warnings: [String] = []
        if namesIfPresent == nil {
            warnings.append("warning: no names file in \(place) (looked for names.gz, names; --names gives one): programs are written without sequence names")
        }
        if offsetsIfPresent == nil {
            warnings.append(
                "warning: no offsets file in \(place) (looked for offsets.gz, offsets; --offsets gives one): every sequence is taken to start at n = 0, so programs for sequences with another offset (A000027 starts at 1) are written at offset 0"
            )
        }
        return warnings
    }

    /// The names/offsets options for a child process (only the files found).
    public var childArguments: [String] {
        ["--sequences", sequences] + (namesIfPresent.map { ["--names", $0] } ?? []) + (offsetsIfPresent.map { ["--offsets", $0] } ?? [])
    }

    /// The published programs' lengths, or an empty table when the file is missing or unreadable.
    public func loadPublishedLengths() -> [SequenceID: Int] {
        guard FileManager.default.fileExists(atPath: publishedLengths) else { return [:] }
        return (try? OEISFiles.loadProgramLengths(publishedLengths).0) ?? [:]
    }

    /// Loads the database (or only `only`), reporting missing names/offsets files and
    /// malformed lines as warnings.
    public func load(only: Set<SequenceID>? = nil) -> SequenceDatabase {
        for warning in missingFileWarnings { printError(warning) }
        do {
            let (database, report) = try SequenceDatabase.load(
                stripped: sequences, names: namesIfPresent,
                offsets: offsetsIfPresent, only: only)
            for problem in report.malformed.prefix(10) { printError("warning: \(problem) (line skipped)") }
            if report.malformed.count > 10 { printError("warning: \(report.malformed.count - 10) more malformed lines skipped") }
            return database
        } catch {
            fail(error.description)
        }
    }
}

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

/// Prints the b-file problems met so far (malformed lines, unreadable files) as warnings.
public func reportBFileProblems(_ bfiles: BFiles?) {
    for problem in bfiles?.takeProblems() ?? [] { printError("warning: \(problem) (b-file terms end there)") }
}

/// Loads a program named by a file path or an A-number (looked up in the programs folder).
public func loadProgram(_ argument: String, programs: ProgramDirectory) throws(ProgramFileError) -> (Program, path: String) {
    if !argument.contains("/"), !argument.hasSuffix(".asm"), let id = ProgramID(argument) {
        let path = programs.path(for: id)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ProgramFileError("\(argument): no program at \(path)")
        }
        return (try ProgramDirectory.load(file: path), path)
    }
    return (try ProgramDirectory.load(file: argument), argument)
}

/// Program files named by files, folders (searched recursively for `A*.asm`) or A-numbers
/// (looked up in the programs folder); exits with a one-line error for anything else.
public func expandProgramInputs(_ inputs: [String], programs directory: ProgramDirectory) -> [String] {
    var paths: [String] = []
    for input in inputs {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                let found = ProgramDirectory.programFiles(below: input)
                if found.isEmpty { fail("\(input): no A-number programs (A*.asm) in this folder") }
                paths += found
            } else {
                paths.append(input)
            }
        } else if let id = ProgramID(input), id.letter == "A" {
            paths.append(directory.path(for: id))
        } else {
            fail("\(input): no such file, folder or A-number")
        }
    }
    return paths
}

/// The path of another executable built beside this one (`miner-serve` beside `miner`).
public func siblingExecutable(_ name: String) -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return (me as NSString).deletingLastPathComponent + "/" + name
}

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

/// A decoding error in one line: where (the field path) and what.
public func describe(_ error: DecodingError) -> String {
    func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
    }
    switch error {
    case .dataCorrupted(let c):
        return c.debugDescription + (c.codingPath.isEmpty ? "" : " (at \(path(c.codingPath)))")
    case .keyNotFound(let key, let c):
        return "'\(key.stringValue)' is missing" + (c.codingPath.isEmpty ? "" : " (at \(path(c.codingPath)))")
    case .typeMismatch(let type, let c), .valueNotFound(let type, let c):
        return "\(path(c.codingPath)) must be a \(type)"
    @unknown default:
        return "\(error)"
    }
}

/// The named profile from a profiles file ("default" works without the file); exits with a one-line error otherwise.
public func loadMiningProfile(_ profile: String, from profiles: String) -> MiningProfile {
    guard FileManager.default.fileExists(atPath: profiles) else {
        if profile == "default" { return .standard }
        fail("\(profiles): no such profiles file")
    }
    guard let data = FileManager.default.contents(atPath: profiles) else { fail("\(profiles): cannot read") }
    // Only the chosen profile is decoded: a mistake in another one does not stop this run.
    guard let table = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
        fail("\(profiles): not a valid profiles file (a JSON object of profiles by name)")
    }
    guard let entry = table[profile] else { fail("\(profiles): no profile '\(profile)' (have: \(table.keys.sorted().joined(separator: ", ")))") }
    let p: MiningProfile
    do {
        let json = try JSONSerialization.data(withJSONObject: entry, options: [.fragmentsAllowed])
        p = try JSONDecoder().decode(MiningProfile.self, from: json)
    } catch let error as DecodingError {
        fail("\(profiles): profile '\(profile)': \(describe(error))")
    } catch {
        fail("\(profiles): profile '\(profile)': \(error)")
    }
    if let problem = p.problem { fail("\(profiles): profile '\(profile)': \(problem)") }
    return p
}

private let logStamp = Mutex(ISO8601DateFormatter())

public func log(_ text: String) {
    logStamp.withLock { stamp in
        print("\(stamp.string(from: Date())) \(text)")
        fflush(nil)
    }
}

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
