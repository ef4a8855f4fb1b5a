import Foundation
import LODAREPL
import LODASequences
import Testing

/// The REPL driven line by line (its plain mode), every command and error path.
struct REPLTests {
    func session() -> REPLSession {
        REPLSession(programs: Fixtures.programs, sequences: Fixtures.repository + "/sequences/stripped.gz",
                    names: "/nonexistent", offsets: Fixtures.repository + "/sequences/offsets.gz")
    }

    /// Runs `script` (input line, expected output) through one session.
    func expectTranscript(_ script: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let s = session()
        for (input, output) in script {
            #expect(s.handle(input) == output, "after \(input)", sourceLocation: sourceLocation)
        }
    }

    @Test func writeAndEvaluate() {
        expectTranscript([
            ("mov $1,$0", "   1  mov $1,$0"),
            ("mul $1,$1 add $1,1", "   2  mul $1,$1\n   3  add $1,1"),
            ("mov $0,$1", "   4  mov $0,$1"),
            (":eval 5", "1,2,5,10,17"),
            (":steps 3", "4,4,4"),
            (":offset 1", "offset 1"),
            (":eval 3", "2,5,10"),
            (":list", "     #offset 1\n   1   mov $1,$0\n   2   mul $1,$1\n   3   add $1,1\n   4   mov $0,$1"),
            (":insert 3 mul $1,2", "     #offset 1\n   1   mov $1,$0\n   2   mul $1,$1\n   3   mul $1,2\n   4   add $1,1\n   5   mov $0,$1"),
            (":replace 3 mul $1,3", "     #offset 1\n   1   mov $1,$0\n   2   mul $1,$1\n   3   mul $1,3\n   4   add $1,1\n   5   mov $0,$1"),
            (":delete 3", "     #offset 1\n   1   mov $1,$0\n   2   mul $1,$1\n   3   add $1,1\n   4   mov $0,$1"),
            (":run 3", "a(3) = 10 in 4 steps; cells: $0 = 10, $1 = 10"),
            (":mem", "$0 = 10, $1 = 10"),
            (":clear", "cleared"),
            (":list", "(empty program)"),
            (":eval 3", "0,1,2"),
        ])
    }

    @Test func traceMarksLoops() {
        expectTranscript([
            ("mov $1,2", "   1  mov $1,2"),
            ("lpb $1", "   2  lpb $1"),
            ("add $2,5", "   3  add $2,5"),
            ("sub $1,1", "   4  sub $1,1"),
            ("lpe", "   5  lpe"),
            (":trace 0", """
                   1  mov $1,2              $1=0 → $1=2
                   2  lpb $1                $1=2 [enter loop]
                   3  add $2,5              $2=0 → $2=5
                   4  sub $1,1              $1=2 → $1=1
                   5  lpe                   $1=1 [next iteration]
                   3  add $2,5              $2=5 → $2=10
                   4  sub $1,1              $1=1 → $1=0
                   5  lpe                   $1=0 [next iteration]
                   3  add $2,5              $2=10 → $2=15
                   4  sub $1,1              $1=0 → $1=-1
                   5  lpe                   $1=-1 [loop ends: last iteration rolled back: $1=0 $2=10]
                a(0) = 0 in 11 steps; cells: $2 = 10
                """),
        ])
    }

    @Test func walkWithBreakpointsAndWatches() {
        expectTranscript([
            (":load A000045", "loaded \(Fixtures.programs)/oeis/000/A000045.asm: 8 instructions"),
            (":next", "error: no walk in progress; start one with :step n"),
            (":break 5", "breakpoint at line 5"),
            (":break", "breakpoints: 5"),
            (":watch $3", "watching $3"),
            (":step 3", "walking a(3); next: line 1: mov $1,1"),
            (":next", "   1  mov $1,1              $1=0 → $1=1"),
            (":continue", "breakpoint at line 5: add $1,$3"),
            (":continue", "   6  mov $3,$2             $3=0 $2=1 → $3=1\nwatched $3 changed: 0 → 1"),
            (":mem", "$0 = 2, $1 = 1, $2 = 1, $3 = 1"),
            (":watch $3", "no longer watching $3"),
            (":break 5", "breakpoint at line 5 removed"),
            (":continue", "a(3) = 2 in 23 steps (walk finished)"),
            (":continue", "error: no walk in progress; start one with :step n"),
        ])
    }

    @Test func checkUsesBFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-repl-bfiles-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/b000", withIntermediateDirectories: true)
        try BFileTests.text(BFileTests.fibonacci(200)).write(toFile: root + "/b000/b000045.txt", atomically: true, encoding: .utf8)
        let s = session()
        s.bfiles = BFiles(root: root)
        _ = s.handle(":load A000045")
        #expect(s.handle(":check") == "A000045 ok: 200 of 200 b-file terms match")
    }

    @Test func sequencesCheckAndLookup() {
        expectTranscript([
            (":load A000045", "loaded \(Fixtures.programs)/oeis/000/A000045.asm: 8 instructions"),
            (":check", "A000045 ok: 64 of 64 terms match"),
            (":replace 1 mov $1,2", "   1   mov $1,2\n   2   lpb $0\n   3     sub $0,1\n   4     mov $2,$1\n   5     add $1,$3\n   6     mov $3,$2\n   7   lpe\n   8   mov $0,$3"),
            (":check", "A000045 error: 1 of 64 terms match; first mismatch at a(1): expected 1, got 2"),
            (":check A999999999", "error: A999999999 is not in \(Fixtures.repository)/sequences/stripped.gz"),
            (":check xyz", "error: xyz is not an A-number"),
        ])
    }

    @Test func lookupThroughTheMatchers() throws {
        let stripped = FileManager.default.temporaryDirectory.appendingPathComponent("repl-stripped-\(getpid())").path
        try "A000290 ,0,1,4,9,16,25,36,49,64,81,100,121,144,\nA000217 ,0,1,3,6,10,15,21,28,36,45,55,66,\n"
            .write(toFile: stripped, atomically: true, encoding: .utf8)
        let s = REPLSession(programs: Fixtures.programs, sequences: stripped)
        _ = s.handle("pow $0,2")
        #expect(s.handle(":lookup") == "A000290 [direct: T = C] ok, 13/13 terms: ")
        _ = s.handle(":clear")
        _ = s.handle("mov $0,7")
        #expect(s.handle(":lookup") == "no known sequence matches this program's output")
    }

    @Test func errorsKeepTheSession() {
        expectTranscript([
            ("mov $0,05", "error: 1:8: Error parsing number"),
            ("foo $1,2", "error: 1:1: invalid operation: foo"),
            (":foo", "error: unknown command :foo; :help lists the commands"),
            (":delete 1", "error: no line 1; the program has 0 lines"),
            (":insert 1", "error: no line 1; the program has 0 lines"),
            (":offset x", "error: :offset needs an integer"),
            (":eval x", "error: :eval takes a number of terms"),
            (":run", "error: :run needs an input n"),
            (":step", "error: :step needs an input n"),
            (":watch 3", "error: :watch needs a cell, e.g. :watch $1"),
            (":load", "error: :load needs a file or an A-number"),
            (":load /nonexistent.asm", "error: /nonexistent.asm: no such file"),
            (":save", "error: :save needs a file name"),
            (":check", "error: :check needs an A-number (the program has none)"),
            ("lpe", "   1  lpe"),
            (":eval 1", "error: line 1: lpe without a matching lpb"),
            (":clear", "cleared"),
            ("div $0,0", "   1  div $0,0"),
            (":eval 2", "error: Overflow in cell $0; last operation: div $0,0"),
            (":run 1", "error: Overflow in cell $0; last operation: div $0,0"),
            ("mov $0,1", "   2  mov $0,1"),
            (":delete 1", "   1   mov $0,1"),
            (":eval 2", "1,1"),
        ])
    }

    @Test func helpListsEveryCommand() {
        let help = session().handle(":help")
        for command in [":list", ":delete", ":insert", ":replace", ":clear", ":load", ":save", ":eval", ":offset", ":steps",
                        ":run", ":trace", ":step", ":next", ":continue", ":break", ":watch", ":mem", ":check", ":lookup", ":help", ":quit"] {
            #expect(help.contains("\n" + command) || help.hasPrefix(command), "\(command)")
        }
        let s = session()
        #expect(s.handle(":quit") == "" && s.wantsExit)
    }

    @Test func saveWritesLODAFormat() throws {
        let s = session()
        _ = s.handle(":load A000045")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(getpid()).asm").path
        #expect(s.handle(":save \(path)") == "saved \(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("; A000045: "))
        let t = session()
        #expect(t.handle(":load \(path)") == "loaded \(path): 8 instructions")
        #expect(t.handle(":eval 6") == "0,1,1,2,3,5")
    }

    /// The real binary in plain mode: piped commands, and Ctrl-C (SIGINT) stopping a long
    /// evaluation without ending the session.
    @Test func pipedSessionAndInterrupt() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.miner)
        process.arguments = ["repl", "--programs", Fixtures.programs]
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let w = input.fileHandleForWriting
        w.write(Data("mov $1,100000000\nlpb $1\nsub $1,1\nlpe\n:eval 1\n".utf8))
        usleep(400_000)
        kill(process.processIdentifier, SIGINT)
        usleep(100_000)
        w.write(Data(":clear\nadd $0,7\n:eval 3\n:quit\n".utf8))
        try w.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("interrupted\ncleared\n   1  add $0,7\n7,8,9\n"), "\(text)")
    }
}
