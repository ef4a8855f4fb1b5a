import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import MinerCLI

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Time and steps of every term, and which evaluator computed it.",
        discussion: "Example: miner profile A000045 -t 20")

    @OptionGroup var input: ProgramInput

    @Option(name: [.short, .customLong("terms")], help: "Number of terms.")
    var terms: Int = 20

    func validate() throws {
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
    }

    func run() throws {
        let (program, path) = input.load()
        let evaluator: Evaluator
        do { evaluator = try Evaluator(program, resolver: input.directory, limits: input.run.limits) } catch { fail("\(path): \(error.description)") }
        print("\(path): \(evaluator.acceleration.rawValue) evaluator chosen")
        print(pad("n", 8) + "  " + pad("value", 24) + "  " + pad("steps", 12) + "  " + pad("ms", 10) + "  evaluator")
        var totalSteps = 0
        var totalNanos: UInt64 = 0
        var used: [String: Int] = [:]
        var failure: String?
        for i in 0..<terms {
            let n = program.offset + i
            let start = DispatchTime.now().uptimeNanoseconds
            let term: Term
            do { term = try evaluator.term(n) } catch {
                failure = "a(\(n)): \(error.description)"
                break
            }
            let nanos = DispatchTime.now().uptimeNanoseconds - start
            totalNanos += nanos
            totalSteps += term.steps
            let which = evaluator.lastTermEvaluator.rawValue
            used[which, default: 0] += 1
            var value = term.value.description
            if value.count > 24 { value = String(value.prefix(10)) + "…(\(value.count) digits)" }
            print(
                pad(String(n), 8) + "  " + pad(value, 24) + "  " + pad(String(term.steps), 12) + "  "
                    + pad(String(format: "%.3f", Double(nanos) / 1e6), 10) + "  " + which)
        }
        let counts = used.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("total: \(used.values.reduce(0, +)) terms, \(totalSteps) steps, \(String(format: "%.3f", Double(totalNanos) / 1e6)) ms; \(counts)")
        if let failure { fail("\(path): \(failure)") }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
