import Foundation
import LODAREPL
import LODASequences
import Testing

/// The REPL: what needs setting up beyond a transcript (b-files, a data file of its own, files
/// written, the real binary with Ctrl-C); the transcripts are in Cases/repl (CaseFileTests).
struct REPLTests {
    func session() -> REPLSession {
        REPLSession(
            programs: Fixtures.programs, sequences: Fixtures.repository + "/sequences/stripped.gz",
            names: "/nonexistent", offsets: Fixtures.repository + "/sequences/offsets.gz")
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

    @Test func helpListsEveryCommand() {
        let help = session().handle(":help")
        for command in [
            ":list", ":delete", ":insert", ":replace", ":clear", ":load", ":save", ":eval", ":offset", ":steps",
            ":run", ":trace", ":step", ":next", ":continue", ":break", ":watch", ":mem", ":check", ":lookup", ":help", ":quit"
        ] {
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
