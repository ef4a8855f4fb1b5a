import Foundation
import Testing

/// Runs the built `miner` executable (it sits next to the test bundle) and checks
/// its output and exit status.
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var miner: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("miner").path
    }

    func miner(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.miner)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let fib = Fixtures.programs + "/oeis/000/A000045.asm"

    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.miner), "build the package first: \(Self.miner)")
    }

    @Test func evalPrintsTerms() throws {
        let r = try miner(["eval", fib, "-t", "10"])
        #expect(r.status == 0)
        #expect(r.stdout == "0,1,1,2,3,5,8,13,21,34\n")
        #expect(r.stderr == "")
    }

    @Test func exportFormulaPariAndLoda() throws {
        let formula = try miner(["export", fib, "--format", "formula"])
        #expect(formula.status == 0)
        #expect(formula.stdout == "a(n) = c(n), b(n) = b(n-1)+c(n-1), c(n) = b(n-1), b(0) = 1, c(0) = 0\n", "\(formula.stdout)")
        let pari = try miner(["export", fib, "--format", "pari", "--verify", "-t", "30"])
        #expect(pari.status == 0, "\(pari.stderr)")
        #expect(pari.stdout.contains("a(n) = {c(n)};"))
        #expect(pari.stderr.contains("agrees with the program on 30 terms"))
        let indirect = try temporary("indirect.asm", "mov $1,5\nmov $0,$$1\n")
        let refused = try miner(["export", indirect])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(indirect): no formula: indirect operands ($$) have no formula\n")
    }

    /// A stripped file alone: the run says once that names and offsets are missing and what
    /// follows; plain `names` and `offsets` files beside it are found and used.
    @Test func dataFilesBesideTheStrippedFile() throws {
        let stripped = try temporary("data-alone/stripped", "A000027 ,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n")
        let alone = try miner(["lookup", "1,2,3,4,5,6,7,8,9,10", "--sequences", stripped, "--print"])
        #expect(alone.status == 0)
        let warnings = alone.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(warnings.count == 2, "\(alone.stderr)")
        #expect(warnings.contains { $0.contains("no names file") && $0.contains("without sequence names") })
        #expect(warnings.contains { $0.contains("no offsets file") && $0.contains("offset 0") })
        let folder = (stripped as NSString).deletingLastPathComponent
        _ = try temporary("data-alone/names", "A000027 The positive integers.\n")
        _ = try temporary("data-alone/offsets", "A000027: 1\n")
        let found = try miner(["lookup", "1,2,3,4,5,6,7,8,9,10", "--sequences", stripped, "--print"])
        #expect(found.status == 0)
        #expect(!found.stderr.contains("warning"), "\(found.stderr)")
        #expect(found.stdout.contains("A000027 [direct: T = C] The positive integers."), "\(found.stdout)")
        let missing = try miner(["lookup", "1,2,3", "--sequences", stripped, "--names", folder + "/nothing"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nothing: no such file (--names)"))
    }

    /// Long work shows a status line on a terminal (run here under `script`, which gives the
    /// command a pseudo-terminal) and nothing of it in a pipe.
    @Test func progressOnATerminalOnly() throws {
        let folder = Fixtures.programs
        let command = "\(Self.miner) check \(folder) --programs \(folder) --sequences sequences/stripped.gz --quiet"
        let piped = try miner(["check", folder, "--programs", folder, "--sequences", "sequences/stripped.gz", "--quiet"])
        #expect(piped.status == 0)
        #expect(!piped.stdout.contains("\r") && !piped.stderr.contains("\r"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("\r\u{1B}[Kchecked 1 of "), "\(text.debugDescription)")
        #expect(text.contains("passed, 0 failed"))
    }

    /// libedit is loaded by the REPL on a terminal only: `miner` does not link it (eval starts
    /// without it), and the REPL under a pseudo-terminal prompts through it and evaluates.
    @Test func replLoadsLineEditingOnlyOnATerminal() throws {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [Self.miner]
        let libraries = Pipe()
        ldd.standardOutput = libraries
        try ldd.run()
        let linked = String(decoding: libraries.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        #expect(linked.contains("libc.so") && !linked.contains("libedit"), "\(linked)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(Self.miner) repl --sequences sequences/stripped.gz", "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        process.environment = ["HOME": FileManager.default.temporaryDirectory.path, "TERM": "dumb"]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = out
        try process.run()
        input.fileHandleForWriting.write(Data("mov $1,7\nmov $0,$1\n:eval 3\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("Lodestone REPL") && !text.contains("No line editing"), "\(text.debugDescription)")
        #expect(text.contains("lodestone> ") && text.contains("7,7,7"), "\(text.debugDescription)")
    }

    @Test func profileShowsStepsAndEvaluator() throws {
        let r = try miner(["profile", fib, "-t", "5"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").dropFirst(2).prefix(5).map { $0.split(separator: " ").map(String.init) }
        let steps = try miner(["eval", fib, "-t", "5", "--steps"]).stdout.trimmingCharacters(in: .newlines)
        #expect(rows.map { $0[2] }.joined(separator: ",") == steps)
        #expect(rows.map { $0[1] } == ["0", "1", "1", "2", "3"])
        #expect(rows.allSatisfy { $0.last == "plain" || $0.last == "incremental" || $0.last == "virtual" })
    }

    /// The A000290 example: `optimize` (exact) and `minimize` (by the terms) both reach `pow $0,2`.
    @Test func optimizeAndMinimize() throws {
        let path = try temporary("squares.asm", "mov $3,7\nsub $0,1\nadd $0,1\nmul $0,3\npow $0,2\ndiv $0,9\nadd $1,$3\nmov $2,$1\n")
        let optimized = try miner(["optimize", path])
        #expect(optimized.status == 0)
        #expect(optimized.stdout == "pow $0,2\n")
        let minimized = try miner(["minimize", path, "-t", "40"])
        #expect(minimized.status == 0)
        #expect(minimized.stdout == "pow $0,2\n")
        // a header is kept; several programs get a line each and a summary
        let many = try miner(["optimize", Fixtures.programs, "--programs", Fixtures.programs])
        #expect(many.status == 0)
        #expect(many.stdout.contains("A000045 "))
        #expect(many.stdout.contains("optimized 44 programs in"))
        let fib = try miner(["minimize", "A000045", "--programs", Fixtures.programs])
        #expect(fib.stdout.hasPrefix("; A000045: Fibonacci numbers"))
        // bad input: one line, exit status 1
        let missing = try miner(["optimize", "/nonexistent.asm"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "/nonexistent.asm: no such file, folder or A-number\n")
        let broken = try miner(["minimize", try temporary("broken.asm", "mov $0,\n")])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasSuffix("broken.asm:2:1: Error parsing number\n") && broken.stderr.filter { $0 == "\n" }.count == 1, "\(broken.stderr)")
    }

    @Test func evalByANumberStepsAndBfile() throws {
        let steps = try miner(["eval", "A000045", "--programs", Fixtures.programs, "-t", "3", "--steps"])
        #expect(steps.stdout == "8,13,18\n")
        let bfile = try miner(["eval", "A000027", "--programs", Fixtures.programs, "-t", "3", "--bfile"])
        #expect(bfile.stdout == "1 1\n2 2\n3 3\n")
    }

    @Test func evalErrorAfterSomeTerms() throws {
        let path = try temporary("partial.asm", "mov $1,3\nsub $1,$0\ndiv $0,$1\n")
        let r = try miner(["eval", path, "-t", "5"])
        #expect(r.status == 1)
        #expect(r.stdout == "0,0,2\n")
        #expect(r.stderr == "Overflow in cell $0; last operation: div $0,$1\n")
    }

    /// A profile that cannot be mined with is refused in one line before anything is loaded.
    @Test func mineRefusesBadProfiles() throws {
        let profiles = try temporary(
            "profiles.json",
            """
            {"idle": {"name": "idle", "generators": {"mutational": 0}, "matchers": ["direct"], "cellMatchers": [],
                      "screeningTerms": 16, "screeningSteps": 20000, "verifySeconds": 0.7, "targets": "unsolved", "minimize": true},
             "typo": {"name": "typo", "generators": {"mutational": 1}, "matchers": ["drect"], "cellMatchers": [],
                      "screeningTerms": 16, "screeningSteps": 20000, "verifySeconds": 0.7, "targets": "unsolved", "minimize": true}}
            """)
        let idle = try miner(["mine", "--profiles", profiles, "--profile", "idle", "--candidates", "10"])
        #expect(idle.status == 1)
        #expect(idle.stderr == "\(profiles): profile 'idle': no generator has a positive weight\n")
        let typo = try miner(["mine", "--profiles", profiles, "--profile", "typo", "--candidates", "10"])
        #expect(typo.status == 1)
        #expect(typo.stderr.hasPrefix("\(profiles): profile 'typo': unknown matcher 'drect' (have: direct, "))
        #expect(typo.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func evalBadInput() throws {
        let bad = try temporary("bad.asm", "mov $0,1\nadd $0,05\n")
        let r = try miner(["eval", bad])
        #expect(r.status == 1)
        #expect(r.stderr == "\(bad):2:8: Error parsing number\n")
        let missing = try miner(["eval", "/nonexistent/x.asm"])
        #expect(missing.status == 1 && missing.stderr == "/nonexistent/x.asm: no such file\n")
        let option = try miner(["eval", fib, "-t", "many"])
        #expect(option.status != 0 && option.stdout.isEmpty)
        let timeout = try temporary("slow.asm", "mov $1,100000000\nlpb $1\n  sub $1,1\nlpe\n")
        let slow = try miner(["eval", timeout, "--timeout", "0.2"])
        #expect(slow.status == 1 && slow.stderr == "maximum evaluation time exceeded\n")
    }

    @Test func checkFixturesWithReport() throws {
        let report = try temporary("report.jsonl", "")
        let r = try miner([
            "check", Fixtures.programs, "--programs", Fixtures.programs, "--offsets", "sequences/offsets.gz",
            "--jobs", "2", "--quiet", "--report", report
        ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.last == "44 passed, 0 failed")
        #expect(lines.contains { $0.hasPrefix("lengths: ") && $0.hasSuffix("for 44 programs; 70.5% no longer than the published one") })
        let records = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        #expect(records.count == 44)
        let first = try JSONSerialization.jsonObject(with: Data(records[0].utf8)) as! [String: Any]
        for key in ["id", "status", "checked", "first_mismatch", "error", "seconds"] { #expect(first[key] != nil, "\(key)") }
    }

    @Test func checkReadsTheRowTheHeaderNames() throws {
        // only the rows of the programs checked are read: the header's A-number, not the file name's
        let file = try temporary("renamed/A000046.asm", "; A000045: Fibonacci\nmov $1,1\nlpb $0\n  sub $0,1\n  mov $2,$1\n  add $1,$3\n  mov $3,$2\nlpe\nmov $0,$3\n")
        let r = try miner(["check", file])
        #expect(r.status == 0 && r.stdout.hasPrefix("A000045 ok 64/64 terms"), "\(r.stdout)\(r.stderr)")
    }

    @Test func checkWithBFiles() throws {
        let program = Fixtures.programs + "/oeis/000/A000045.asm"
        let folder = try temporary("bfiles/b000/b000045.txt", BFileTests.text(BFileTests.fibonacci(150)) + "150 x\n")
        let root = ((folder as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let r = try miner(["check", program, "--programs", Fixtures.programs, "--bfiles", root])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("A000045 ok 150/150 b-file terms"))
        #expect(r.stderr == "warning: \(folder):151: expected 'n a(n)' (b-file terms end there)\n")
        let missing = try miner(["check", program, "--bfiles", "/nonexistent-bfiles"])
        #expect(missing.status != 0 && missing.stderr.contains("/nonexistent-bfiles: no such folder (--bfiles)"))
    }

    @Test func checkReportsMismatchAndMalformedData() throws {
        let seqs = try temporary("stripped", "# comment\nA000045 ,0,1,1,2,3,5,8,13,21,35,\nA000290 ,0,1,x,\nA000027 0,1\n")
        let wrong = try temporary("A000045.asm", "; A000045: Fibonacci\nmov $1,1\nlpb $0\n  sub $0,1\n  mov $2,$1\n  add $1,$3\n  mov $3,$2\nlpe\nmov $0,$3\n")
        let report = try temporary("mismatch.jsonl", "")
        let r = try miner(["check", wrong, "--sequences", seqs, "--report", report])
        #expect(r.status == 1)
        #expect(r.stdout.hasSuffix("0 passed, 1 failed\n"))
        // the rows of the programs checked are read (and reported when malformed)
        let squares = try temporary("A000290.asm", "pow $0,2\n"), naturals = try temporary("A000027.asm", "#offset 1\n")
        let malformed = try miner(["check", wrong, squares, naturals, "--sequences", seqs])
        #expect(malformed.status == 1)
        #expect(malformed.stdout.contains("A000290 error 0/0 terms: A000290 is not in the sequences file"))
        #expect(malformed.stdout.hasSuffix("0 passed, 3 failed\n"))
        #expect(malformed.stderr.contains("\(seqs):3: malformed term list for A000290"))
        #expect(malformed.stderr.contains("\(seqs):4: malformed term list for A000027"))
        let record = try JSONSerialization.jsonObject(with: Data(try String(contentsOfFile: report, encoding: .utf8).utf8)) as! [String: Any]
        #expect(record["status"] as? String == "error")
        #expect(record["first_mismatch"] as? Int == 9)
        #expect(record["checked"] as? Int == 9)
    }

    @Test func checkTimeoutDoesNotHoldUpOthers() throws {
        let seqs = try temporary("stripped-slow", "A000004 ,0,0,0,0,0,0,0,0,0,0,\n")
        let slow = try temporary("A000004.asm", "; A000004: zero\nmov $1,90000000\nlpb $1\n  sub $1,1\nlpe\nmov $0,0\n")
        let start = Date()
        let r = try miner(["check", slow, fib, "--sequences", "sequences/stripped.gz", "--timeout", "0.5", "--jobs", "2"])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(r.status == 1)
        #expect(r.stdout.contains("A000004 error 0/"))
        #expect(r.stdout.contains("maximum evaluation time exceeded"))
        #expect(r.stdout.contains("A000045 ok"))
        #expect(r.stdout.hasSuffix("1 passed, 1 failed\n"))
        _ = seqs
    }

    @Test func checkUnknownInput() throws {
        let r = try miner(["check", "no-such-thing"])
        #expect(r.status == 1 && r.stderr == "no-such-thing: no such file, folder or A-number\n")
    }

    @Test func lookupTermsAndPrograms() throws {
        let seqs = try temporary(
            "lookup-stripped",
            """
            A000045 ,0,1,1,2,3,5,8,13,21,34,55,89,144,233,377,610,987,
            A157725 ,2,3,3,4,5,7,10,15,23,36,57,91,146,235,379,612,989,
            A000290 ,0,1,4,9,16,25,36,49,64,81,100,121,144,169,196,225,

            """)
        let names = try temporary("lookup-names", "A000045 Fibonacci numbers.\nA157725 a(n) = Fibonacci(n) + 2.\nA000290 The squares.\n")
        let offsets = try temporary("lookup-offsets", "A000045: 0\nA157725: 0\nA000290: 0\n")
        let common = ["--sequences", seqs, "--names", names, "--offsets", offsets, "--programs", Fixtures.programs]
        let terms = try miner(["lookup", "0,1,4,9,16,25,36,49,64,81"] + common)
        #expect(terms.status == 0)
        #expect(terms.stdout == "A000290 [direct: T = C] The squares.\n")
        let short = try miner(["lookup", "1,4,9,16"] + common)
        // 1,4,9,16 are the squares from n = 1: A000290 (0,1,4,9,...) is them one place later, after its 0
        #expect(short.stdout.contains("A000290 [lag: T(n) = C(n-1), T(0) = 0] The squares.\n"), "\(short.stdout)")
        let program = try miner(["lookup", fib] + common)
        #expect(program.status == 0)
        let lines = program.stdout.split(separator: "\n")
        #expect(lines.first == "A000045 [direct: T = C] ok, 17/17 terms: Fibonacci numbers.")
        #expect(lines.contains("A157725 [linear1: T = (C - 0) / 1 * 1 + 2] ok, 17/17 terms: a(n) = Fibonacci(n) + 2."))
        let none = try miner(["lookup", "3,1,4,1,5,9,2,6,5,3"] + common)
        #expect(none.stdout == "no known sequence matches these terms\n")
    }
}
