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

    func run() throws {
        let directory = ProgramDirectory(options.programs)
        let paths = expandProgramInputs(inputs, programs: directory)
        let started = monotonicNanoseconds()
        var setup = CheckSetup(paths: paths, sequences: sequences, offsets: offsets, programs: directory, limits: options.limits, timeout: timeout)
        setup.runner.bfiles = bfileOptions.load()
        let runner = setup.runner

        var reportHandle: FileHandle?
        if let report {
            guard FileManager.default.createFile(atPath: report, contents: nil),
                let handle = FileHandle(forWritingAtPath: report)
            else { fail("\(report): cannot create the report file") }
            reportHandle = handle
        }

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

        let (lines, failed) = setup.summary(records, seconds: Double(monotonicNanoseconds() - started) / 1e9, publishedLengths: publishedLengths)
        for line in lines { print(line) }
        flushStandardOutput()
        if failed { throw ExitCode(1) }
    }
}
