import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

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
