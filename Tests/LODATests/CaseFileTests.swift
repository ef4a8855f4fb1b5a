import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODAREPL
import Testing

/// A program case from `Cases/programs/FEATURE/NAME.asm`: the program carries in its header
/// what `miner eval FILE -t TERMS [--steps] [--max-steps N] --programs FIXTURES` prints.
///
///     ; case: div truncates                 what it shows
///     ; from: spec §12, edge case 1         or "written here"
///     ; note: …                             (optional, any number)
///     ; terms: 4                            (optional, default 1)
///     ; max-steps: 10                       (optional)
///     ; expect: -3                          the terms printed; or `; expect-steps:` for step counts
///     ; error: Overflow in cell $0; …       (optional) the one-line error; {file} and {programs} stand for the paths
struct ProgramCase: CustomTestStringConvertible, Sendable {
    var path: String
    var name = ""
    var from = ""
    var terms = 1
    var maxSteps: Int?
    var steps = false
    var expect = ""
    var error: String?

    static let folder = Fixtures.cases + "/programs"
    var testDescription: String { String(path.dropFirst(ProgramCase.folder.count + 1)) }

    init(path: String) throws {
        self.path = path
        var expectation: String?
        header: for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            // (the header ends at the first line that is not `; key: value` with a key below)
            guard line.hasPrefix("; "), let colon = line.firstIndex(of: ":") else { break }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch line.dropFirst(2)[..<colon] {
            case "note": continue
            case "case": name = value
            case "from": from = value
            case "terms": terms = Int(value) ?? -1
            case "max-steps": maxSteps = Int(value)
            case "expect": expectation = value
            case "expect-steps":
                expectation = value
                steps = true
            case "error": error = value.replacingOccurrences(of: "{file}", with: path).replacingOccurrences(of: "{programs}", with: Fixtures.programs)
            default: break header
            }
        }
        guard let expectation, !name.isEmpty, !from.isEmpty, terms >= 0 else {
            throw CaseFileError(description: "\(path): the header needs case, from and expect (or expect-steps) lines")
        }
        expect = expectation
    }

    /// Every case file, by path.
    static let all: [ProgramCase] = files(below: folder, ending: ".asm").map { try! ProgramCase(path: $0) }

    /// The arguments of `miner eval` for this case.
    var arguments: [String] {
        ["eval", path, "-t", String(terms), "--programs", Fixtures.programs] + (steps ? ["--steps"] : [])
            + (maxSteps.map { ["--max-steps", String($0)] } ?? [])
    }

    var limits: EvaluationLimits { EvaluationLimits(maxSteps: maxSteps ?? EvaluationLimits.standard.maxSteps) }
}

/// A REPL transcript from `Cases/repl/NAME.repl`: `# case:` and `# from:` lines, then each
/// input line after `> ` followed by the lines the REPL answers ({programs} and {repository}
/// stand for the paths).
struct REPLTranscript: CustomTestStringConvertible, Sendable {
    var path: String
    var name = ""
    var from = ""
    var steps: [(input: String, output: String)] = []
    var testDescription: String { (path as NSString).lastPathComponent }

    init(path: String) throws {
        self.path = path
        func expand(_ s: Substring) -> String {
            s.replacingOccurrences(of: "{programs}", with: Fixtures.programs).replacingOccurrences(of: "{repository}", with: Fixtures.repository)
        }
        var output: [String] = []
        var input: String?
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if input == nil && line.hasPrefix("# case: ") {
                name = String(line.dropFirst(8))
            } else if input == nil && line.hasPrefix("# from: ") {
                from = String(line.dropFirst(8))
            } else if line.hasPrefix("> ") {
                if let input { steps.append((input, output.joined(separator: "\n"))) }
                input = expand(line.dropFirst(2))
                output = []
            } else if input != nil {
                output.append(expand(line))
            } else {
                throw CaseFileError(description: "\(path): '\(line)' before the first input line")
            }
        }
        if let input { steps.append((input, output.joined(separator: "\n"))) }
        guard !name.isEmpty, !from.isEmpty, !steps.isEmpty else {
            throw CaseFileError(description: "\(path): a transcript needs # case and # from lines and at least one input")
        }
    }

    static let all: [REPLTranscript] = files(below: Fixtures.cases + "/repl", ending: ".repl").map { try! REPLTranscript(path: $0) }
}

struct CaseFileError: Error, CustomStringConvertible {
    let description: String
}

/// The files below `folder` whose names end with `suffix`, sorted.
func files(below folder: String, ending suffix: String) -> [String] {
    let found = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    return found.filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
}

/// The cases in `Tests/LODATests/Cases`, run in process and through the `miner` binary.
struct CaseFileTests {
    /// What `miner eval` prints for the case, computed in process as `EvalCommand` does.
    static func evaluate(_ c: ProgramCase) -> (output: String, error: String?) {
        let directory = ProgramDirectory(Fixtures.programs)
        let program: Program
        do { program = try ProgramDirectory.load(file: c.path) } catch { return ("", error.description) }
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: directory, limits: c.limits) } catch { return ("", error.description) }
        let run = evaluator.evaluate(count: c.terms)
        return (run.terms.map { c.steps ? String($0.steps) : $0.value.description }.joined(separator: ","), run.error?.description)
    }

    @Test(arguments: ProgramCase.all)
    func programCase(_ c: ProgramCase) {
        let got = Self.evaluate(c)
        #expect(got.output == c.expect)
        #expect(got.error == c.error)
    }

    /// The same files through `miner eval`: stdout and stderr exactly.
    @Test func programCasesThroughMinerEval() throws {
        let cases = ProgramCase.all
        let failures = Shared([String]())
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            for c in cases.indices.filter({ $0 % 4 == part }).map({ cases[$0] }) {
                guard let run = try? CommandLineTests().miner(c.arguments) else {
                    failures.withLock { $0.append("\(c.testDescription): miner did not run") }
                    continue
                }
                let stdout = c.expect.isEmpty ? "" : c.expect + "\n"
                let stderr = c.error.map { $0 + "\n" } ?? ""
                if run.stdout != stdout || run.stderr != stderr || run.status != (c.error == nil ? 0 : 1) {
                    failures.withLock { $0.append("\(c.testDescription): status \(run.status), stdout \(run.stdout.debugDescription), stderr \(run.stderr.debugDescription)") }
                }
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
        #expect(cases.count >= 160)
    }

    /// The REPL's stepper gives the same results on the long regions.
    @Test(arguments: ProgramCase.all.filter { $0.name.contains(" cells") && $0.terms == 1 && !$0.steps })
    func stepperOnLongRegions(_ c: ProgramCase) throws {
        let stepper = Stepper(try ProgramDirectory.load(file: c.path), input: 0)
        do {
            try stepper.run()
            #expect(c.error == nil && stepper.output.description == c.expect)
        } catch {
            #expect(error.description == c.error)
        }
    }

    /// Each case says where it comes from, and each feature folder holds cases.
    @Test func casesSayWhereTheyComeFrom() {
        for c in ProgramCase.all {
            #expect(c.from == "written here" || c.from.hasPrefix("spec §"), "\(c.testDescription): from \(c.from)")
        }
        for t in REPLTranscript.all { #expect(t.from == "written here" || t.from.hasPrefix("spec §")) }
        let folders = Set(ProgramCase.all.map { ($0.testDescription as NSString).deletingLastPathComponent })
        #expect(folders == ["arithmetic", "calls", "limits", "loops", "memory", "syntax"])
        #expect(REPLTranscript.all.count >= 5)
    }

    static func session() -> REPLSession {
        REPLSession(
            programs: Fixtures.programs, sequences: Fixtures.repository + "/sequences/stripped.gz",
            names: "/nonexistent", offsets: Fixtures.repository + "/sequences/offsets.gz")
    }

    @Test(arguments: REPLTranscript.all)
    func replTranscript(_ t: REPLTranscript) {
        let s = Self.session()
        for (input, output) in t.steps {
            #expect(s.handle(input) == output, "after \(input)")
        }
    }

    /// The same transcripts through `miner repl` in plain mode (piped): every answer in order.
    @Test(arguments: REPLTranscript.all)
    func replTranscriptThroughMiner(_ t: REPLTranscript) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.miner)
        process.arguments = [
            "repl", "--programs", Fixtures.programs, "--sequences", Fixtures.repository + "/sequences/stripped.gz",
            "--offsets", Fixtures.repository + "/sequences/offsets.gz"
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(t.steps.map { $0.input + "\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = t.steps.map(\.output).filter { !$0.isEmpty }.map { $0 + "\n" }.joined()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == expected)
    }
}
