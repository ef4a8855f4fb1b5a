import ArgumentParser
import Foundation
import LODACheck
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import MinerCLI

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check programs against the known terms of their sequences.",
        discussion: """
            A program is 'ok' when all known terms match, 'warning' when it fails only after at least 80 \
            matching terms, 'error' otherwise. Ends with 'N passed, M failed'; exit status 0 only when \
            nothing failed.
            Example: miner check Tests/LODATests/Fixtures/programs --programs Tests/LODATests/Fixtures/programs
            """)

    @Argument(help: "Program files, folders (searched for *.asm) or A-numbers (looked up in --programs).")
    var inputs: [String]

    @Option(name: .long, help: "OEIS 'stripped' file with the known terms (plain or .gz).")
    var sequences: String = "sequences/stripped.gz"

    @Option(name: .long, help: "OEIS offsets file ('A000045: 0'); when given, #offset must agree.")
    var offsets: String?

    @OptionGroup var options: RunOptions
    @OptionGroup var bfileOptions: BFileOptions

    @Option(name: [.short, .long], help: "Programs checked in parallel.")
    var jobs: Int = 1

    @Option(name: .long, help: "Wall-clock seconds per program.")
    var timeout: Double = 60

    @Option(name: .long, help: "Write one JSON object per program to this file.")
    var report: String?

    @Flag(name: [.short, .long], help: "Print only the programs that did not pass.")
    var quiet = false

    @Option(name: .long, help: "Instruction counts of the published LODA programs: when the file exists, the summary compares the lengths of the programs that passed.")
    var publishedLengths: String = "sequences/published-lengths.gz"

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one program, folder or A-number") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
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

    func run() throws {
        let directory = ProgramDirectory(options.programs)
        let paths = expandProgramInputs(inputs, programs: directory)

        let started = monotonicNanoseconds()
        let wanted = Self.sequencesNamed(by: paths)
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

        var reportHandle: FileHandle?
        if let report {
            guard FileManager.default.createFile(atPath: report, contents: nil),
                let handle = FileHandle(forWritingAtPath: report)
            else { fail("\(report): cannot create the report file") }
            reportHandle = handle
        }

        var runner = CheckRunner(
            expected: expected, offsets: offsetTable, programs: directory,
            limits: options.limits, timeout: timeout)
        runner.bfiles = bfileOptions.load()
        if let cached { runner.termsFor = { cached[SequenceID($0.number)]?.terms } }
        let quiet = self.quiet
        // On a terminal, a status line counts the programs checked (it stays out of pipes).
        let progress = TerminalProgress()
        let tally = Shared((done: 0, failed: 0))
        let total = paths.count
        let records = runner.checkAll(paths, jobs: jobs) { [reportHandle] _, record in
            // (called serially: checkAll holds its lock around each call)
            let (done, failed) = tally.withLock { t in
                t.done += 1
                if record.status == .error { t.failed += 1 }
                return t
            }
            if !quiet || record.status != .ok {
                progress.finish()
                print(record.line)
                flushStandardOutput()
            }
            reportHandle?.write(Data((record.json + "\n").utf8))
            if total > 1 { progress.update("checked \(done) of \(total) programs, \(failed) failed", force: false) }
        }
        progress.finish()
        try? reportHandle?.close()
        reportBFileProblems(runner.bfiles)

        let ok = records.filter { $0.status == .ok }.count
        let warnings = records.filter { $0.status == .warning }.count
        let errors = records.count - ok - warnings
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        if FileManager.default.fileExists(atPath: publishedLengths), let (published, _) = try? OEISFiles.loadProgramLengths(publishedLengths, only: wanted) {
            var lengths: [SequenceID: Int] = [:]
            for r in records where r.passed { if let id = SequenceID(r.id) { lengths[id] = r.instructions } }
            let report = LengthReport(lengths, published: published)
            if report.compared > 0 { print(report.summary) }
        }
        print("checked \(records.count) programs in \(String(format: "%.2f", seconds)) s: \(ok) ok, \(warnings) warning, \(errors) error")
        print("\(ok + warnings) passed, \(errors) failed")
        flushStandardOutput()
        if errors > 0 || !loadReport.malformed.isEmpty { throw ExitCode(1) }
    }
}
