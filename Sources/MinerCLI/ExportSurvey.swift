import Foundation
import LODACore
import LODAEvaluator
import LODAFormula
import LODAProgramStore
import Synchronization

/// Exports every program of a folder as a formula and as PARI/GP code, runs all the PARI
/// code in PARI/GP and compares it with the programs' own terms: the figures behind
/// `miner export --survey` and the test that holds the exporter to "every export is exact".
public struct ExportSurvey {
    public struct Mismatch: CustomStringConvertible {
        public let id: String
        public let expected: String
        public let got: String
        public var description: String { "\(id): program \(expected), PARI/GP \(got)" }
    }

    public var programs = 0
    public var formulas = 0
    /// Programs whose PARI export (with every called program) exists.
    public var pariExports = 0
    /// Exports compared with at least one term, and those whose terms all agree.
    public var compared = 0
    public var agreeing = 0
    /// Exports PARI/GP could not finish within its time limit (neither right nor wrong).
    public var timedOut: [String] = []
    public var mismatches: [Mismatch] = []
    /// Why programs have no formula, by reason.
    public var formulaRefusals: [String: Int] = [:]

    public init() {}

    /// Surveys the programs in `folder` (seq calls resolved there), comparing `terms` terms.
    public static func run(
        folder: String, terms: Int, limits: EvaluationLimits = .standard,
        secondsPerTerm: Int = 10, processes: Int = 2
    ) throws(PariRunner.Failure) -> ExportSurvey {
        let directory = ProgramDirectory(folder)
        var survey = ExportSurvey()
        var loaded: [String: Program] = [:]
        for path in ProgramDirectory.programFiles(below: folder) {
            guard let program = try? ProgramDirectory.load(file: path),
                let id = ProgramDirectory.sequenceID(of: program, path: path)
            else { continue }
            loaded[id.description] = program
        }
        survey.programs = loaded.count
        var definitions: [String: PariExport.Definition] = [:]
        for (id, program) in loaded {
            do {
                _ = try Formula(program)
                survey.formulas += 1
            } catch {
                survey.formulaRefusals[error.description, default: 0] += 1
            }
            definitions[id] = try? PariExport.definition(of: program, name: id, checkArgument: true)
        }
        // An export needs every program it calls.
        var exportable: [String: Bool] = [:]
        func check(_ id: String, _ visiting: inout Set<String>) -> Bool {
            if let known = exportable[id] { return known }
            guard let d = definitions[id], !visiting.contains(id) else { return false }
            visiting.insert(id)
            let ok = d.calledSequences.allSatisfy { check($0, &visiting) }
            visiting.remove(id)
            exportable[id] = ok
            return ok
        }
        for id in loaded.keys {
            var visiting = Set<String>()
            _ = check(id, &visiting)
        }
        let ids = loaded.keys.filter { exportable[$0] == true }.sorted()
        survey.pariExports = ids.count
        // The programs' own terms.
        var expected: [String: [String]] = [:]
        for id in ids {
            guard let evaluator = try? Evaluator(loaded[id]!, resolver: directory, limits: limits) else { continue }
            let values = evaluator.evaluate(count: terms).terms.map { $0.value.description }
            if !values.isEmpty { expected[id] = values }
        }
        let helpers = PariHelper.allDefinitions
        let allDefinitions = ids.map { definitions[$0]!.code }.joined(separator: "\n")
        let prelude =
            helpers + "\n" + allDefinitions + "\n"
            + "lodasurvey(name,f,a,c) = my(s=Str(name,\" \")); for(n=a,a+c-1, my(r=iferr(alarm(\(secondsPerTerm),f(n)),E,if(errname(E)==\"e_ALARM\",\"timeout\",\"error\"))); s=Str(s,r,\",\"); if(type(r)==\"t_STR\", break)); print(s);\n"
        let compared = ids.filter { expected[$0] != nil }
        let chunks = stride(from: 0, to: compared.count, by: max(1, (compared.count + processes - 1) / processes)).map {
            Array(compared[$0..<min(compared.count, $0 + (compared.count + processes - 1) / processes)])
        }
        let results = Mutex((outputs: [[String]](repeating: [], count: chunks.count), failure: PariRunner.Failure?.none))
        let (programs, expectedTerms) = (loaded, expected)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
            let calls = chunks[c].map { id in "lodasurvey(\"\(id)\",\(id),\(programs[id]!.offset),\(expectedTerms[id]!.count))" }
            do {
                let lines = try PariRunner.run(prelude + calls.joined(separator: "\n"), timeout: 3600)
                results.withLock { $0.outputs[c] = lines }
            } catch {
                let failure = (error as? PariRunner.Failure) ?? PariRunner.Failure(description: "\(error)")
                results.withLock { $0.failure = failure }
            }
        }
        let (outputs, failure) = results.withLock { $0 }
        if let failure { throw failure }
        var seen = Set<String>()
        for line in outputs.joined() {
            guard let space = line.firstIndex(of: " ") else { continue }
            let id = String(line[..<space])
            guard let want = expected[id], seen.insert(id).inserted else { continue }
            let got = line[line.index(after: space)...].split(separator: ",").map(String.init)
            survey.compared += 1
            if got.contains("timeout") {
                survey.timedOut.append(id)
                let done = got.prefix { $0 != "timeout" }
                if zip(done, want).contains(where: { $0 != $1 }) {
                    survey.mismatches.append(Mismatch(id: id, expected: want.joined(separator: ","), got: got.joined(separator: ",")))
                }
                continue
            }
            if Array(got.prefix(want.count)) == want {
                survey.agreeing += 1
            } else {
                survey.mismatches.append(Mismatch(id: id, expected: want.joined(separator: ","), got: got.joined(separator: ",")))
            }
        }
        // Programs whose line never came back count as compared and wrong.
        for id in compared where !seen.contains(id) {
            survey.compared += 1
            survey.mismatches.append(Mismatch(id: id, expected: expected[id]!.joined(separator: ","), got: "no output"))
        }
        return survey
    }

    public var report: String {
        func share(_ k: Int) -> String { programs == 0 ? "0%" : String(format: "%.1f%%", 100 * Double(k) / Double(programs)) }
        var lines = [
            "programs:        \(programs)",
            "formula:         \(formulas) (\(share(formulas)))",
            "PARI/GP export:  \(pariExports) (\(share(pariExports)))",
            "run in PARI/GP:  \(compared) compared, \(agreeing) agree, \(mismatches.count) differ, \(timedOut.count) timed out"
        ]
        for (reason, count) in formulaRefusals.sorted(by: { $0.value > $1.value }).prefix(8) {
            lines.append("  no formula (\(count)): \(reason)")
        }
        for m in mismatches.prefix(10) { lines.append("  DIFFERS \(m)") }
        return lines.joined(separator: "\n")
    }
}
