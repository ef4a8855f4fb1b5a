import Foundation
import LODACheck
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences

/// What `miner check` checks with: the known terms of the programs' sequences (only their
/// rows for a few programs; for many, the index cache's mapped data when it is valid), the
/// offsets, and the runner. Malformed data lines are reported as warnings.
public struct CheckSetup {
    public var runner: CheckRunner
    /// The sequences the programs are for (nil: many programs, all rows).
    public let wanted: Set<SequenceID>?
    /// Whether the stripped file had malformed lines (the check then fails).
    public let malformedData: Bool

    public init(paths: [String], sequences: String, offsets: String?, programs: ProgramDirectory, limits: EvaluationLimits, timeout: Double) {
        let wanted = CheckSetup.sequencesNamed(by: paths)
        // Many programs: the index cache's mapped data, when it is valid for the data files
        // (names and offsets beside the stripped file, as the other commands find them),
        // spares parsing every row; only the sequences checked are decoded.
        var cached: SequenceDatabase?
        if wanted == nil {
            cached = IndexCache.mappedIfValid(
                stripped: sequences, names: DataOptions.beside(sequences, DataOptions.nameFiles),
                offsets: DataOptions.beside(sequences, DataOptions.offsetFiles),
                cachePath: IndexCache.path(for: sequences))
        }
        let (known, loadReport): ([SequenceID: [Number]], LoadReport)
        if cached != nil {
            (known, loadReport) = ([:], LoadReport())
        } else {
            do { (known, loadReport) = try OEISFiles.loadStripped(sequences, only: wanted) } catch { fail(error.description) }
        }
        for problem in loadReport.malformed.prefix(20) { printError("warning: \(problem) (line skipped)") }
        if loadReport.malformed.count > 20 { printError("warning: \(loadReport.malformed.count - 20) more malformed lines skipped") }
        var expected: [ProgramID: [Number]] = [:]
        for (id, terms) in known { expected[ProgramID(number: id.number)] = terms }
        var offsetTable: [ProgramID: Int]?
        if let offsets {
            do {
                let (table, report) = try OEISFiles.loadOffsets(offsets, only: wanted)
                for problem in report.malformed.prefix(20) { printError("warning: \(problem) (line skipped)") }
                offsetTable = Dictionary(uniqueKeysWithValues: table.map { (ProgramID(number: $0.key.number), $0.value) })
            } catch { fail(error.description) }
        }
        runner = CheckRunner(expected: expected, offsets: offsetTable, programs: programs, limits: limits, timeout: timeout)
        if let cached { runner.termsFor = { cached[SequenceID($0.number)]?.terms } }
        self.wanted = wanted
        malformedData = !loadReport.malformed.isEmpty
    }

    /// For a few programs, the sequences they are for (by the check runner's own rule: header,
    /// else file name), so that only those rows of the data are parsed; nil (all rows) for many.
    static func sequencesNamed(by paths: [String]) -> Set<SequenceID>? {
        guard paths.count <= 1000 else { return nil }
        var ids = Set<SequenceID>()
        for path in paths {
            if let program = try? ProgramDirectory.load(file: path), let id = ProgramDirectory.sequenceID(of: program, path: path) {
                ids.insert(SequenceID(id.number))
            }
        }
        return ids
    }

    /// The closing lines: the lengths against the published programs (when that file is
    /// there), the counts by verdict; and whether any program failed.
    public func summary(_ records: [CheckRecord], seconds: Double, publishedLengths: String) -> (lines: [String], failed: Bool) {
        var lines: [String] = []
        let ok = records.filter { $0.status == .ok }.count
        let warnings = records.filter { $0.status == .warning }.count
        let errors = records.count - ok - warnings
        if FileManager.default.fileExists(atPath: publishedLengths), let (published, _) = try? OEISFiles.loadProgramLengths(publishedLengths, only: wanted) {
            var lengths: [SequenceID: Int] = [:]
            for r in records where r.passed { if let id = SequenceID(r.id) { lengths[id] = r.instructions } }
            let report = LengthReport(lengths, published: published)
            if report.compared > 0 { lines.append(report.summary) }
        }
        lines.append("checked \(records.count) programs in \(String(format: "%.2f", seconds)) s: \(ok) ok, \(warnings) warning, \(errors) error")
        lines.append("\(ok + warnings) passed, \(errors) failed")
        return (lines, errors > 0 || malformedData)
    }
}
