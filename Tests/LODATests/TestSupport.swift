import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore

/// Paths of the test fixtures (found next to this file, not in a bundle).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let programs = root + "/programs"
    static let semantics = root + "/semantics"
    /// Cases kept as data: programs with their expected output, REPL transcripts.
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases").path
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
}

/// What `miner eval` would print for a program: the terms (or step counts), and the
/// error message if evaluation stopped.
struct Outcome: Equatable, CustomStringConvertible {
    var output: String
    var error: String?
    var description: String { error.map { output.isEmpty ? $0 : "\(output) ⏎ \($0)" } ?? output }
}

/// Parses and evaluates program text the way `miner eval` does.
func evaluate(
    _ text: String, terms: Int = 1, steps: Bool = false, limits: EvaluationLimits = .standard,
    programs: String = Fixtures.programs
) -> Outcome {
    let program: Program
    do { program = try Parser.parse(text) } catch { return Outcome(output: "", error: error.message) }
    let evaluator: Evaluator
    do {
        evaluator = try Evaluator(program, resolver: ProgramDirectory(programs), limits: limits)
    } catch {
        return Outcome(output: "", error: error.description)
    }
    let run = evaluator.evaluate(count: terms)
    let output = run.terms.map { steps ? String($0.steps) : $0.value.description }.joined(separator: ",")
    return Outcome(output: output, error: run.error?.description)
}

/// `a; b; c` written on one line, as the spec's tables show programs; text that
/// already has line breaks (comments) is taken as it is.
func lines(_ text: String) -> String {
    text.contains("\n") ? text : text.components(separatedBy: "; ").joined(separator: "\n")
}

/// The seeded tests' generator: SplitMix64 started at the seed.
struct SeededGenerator: RandomNumberGenerator {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(state: seed) }
    mutating func next() -> UInt64 { generator.next() }
}
