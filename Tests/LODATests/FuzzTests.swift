import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences
import Testing

/// Seeded random and mutated programs. The quick run is part of `swift test`;
/// set LODESTONE_FUZZ_ITERATIONS (e.g. 200000) for a longer run. Each run takes a new seed
/// (printed, and named in every failure); LODESTONE_FUZZ_SEED=N replays run N.
struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["LODESTONE_FUZZ_ITERATIONS"] ?? "") ?? 4000

    static let seed: UInt64 = {
        let seed = ProcessInfo.processInfo.environment["LODESTONE_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...999_999_999)
        print("fuzz seed \(seed) (LODESTONE_FUZZ_SEED=\(seed) replays this run)")
        return seed
    }()

    /// The generator of one test: the run's seed mixed with the test's own number.
    static func generator(_ test: UInt64) -> SeededGenerator { SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ test) }

    static func randomOperand(_ g: inout SeededGenerator, cell: Bool) -> Operand {
        let r = Int.random(in: 0..<100, using: &g)
        if cell { return r < 85 ? .cell(Int.random(in: 0...6, using: &g)) : .indirect(Number(Int.random(in: 0...6, using: &g))) }
        if r < 45 { return .cell(Int.random(in: 0...6, using: &g)) }
        if r < 85 { return .value(Int.random(in: -4...12, using: &g)) }
        if r < 92 { return .indirect(Number(Int.random(in: 0...6, using: &g))) }
        if r < 97 { return .constant(Number(decimal: (Bool.random(using: &g) ? "-" : "") + "1234567890123456789012345678901234567890")!) }
        return .value([Int.max, Int.min, 1 << 62, -(1 << 62)][Int.random(in: 0..<4, using: &g)])
    }

    /// A random program over the arithmetic, loop and region opcodes of the table.
    static func randomProgram(_ g: inout SeededGenerator) -> Program {
        let arithmetic = Opcode.allCases.filter { $0.info.kind == .arithmetic }
        let region = Opcode.allCases.filter { $0.info.kind == .region }
        // (a few cells start with values of either sign, so that the arithmetic meets more cases than 0 and n)
        var code: [Instruction] = (0..<Int.random(in: 0...3, using: &g)).map { _ in
            Instruction(.mov, .cell(Int.random(in: 1...6, using: &g)), .value(Int.random(in: -40...40, using: &g)))
        }
        var open = 0
        let regionMode = Int.random(in: 0..<10, using: &g) == 0
        for _ in 0..<Int.random(in: 1...14, using: &g) {
            let r = Int.random(in: 0..<100, using: &g)
            if r < 12 && open < 3 {
                let counter = Operand.cell(Int.random(in: 0...4, using: &g))
                code.append(Instruction(.lpb, counter, regionMode ? .value(Int.random(in: 1...3, using: &g)) : .value(1)))
                code.append(Instruction(.sub, counter, .value(Int.random(in: 1...2, using: &g))))
                open += 1
            } else if r < 22 && open > 0 {
                code.append(Instruction(.lpe))
                open -= 1
            } else if r < 26 {
                let op = region.randomElement(using: &g)!
                code.append(Instruction(op, .cell(Int.random(in: 0...5, using: &g)), .value(Int.random(in: -3...4, using: &g))))
            } else {
                let op = arithmetic.randomElement(using: &g)!
                code.append(Instruction(op, randomOperand(&g, cell: true), randomOperand(&g, cell: false)))
            }
        }
        while open > 0 {
            code.append(Instruction(.lpe))
            open -= 1
        }
        return Program(code)
    }

    /// The real evaluator and the naive one (with arithmetic of its own) agree on values,
    /// steps and error texts, wherever the naive one's 128-bit model can tell.
    @Test func differentialAgainstNaiveInterpreter() throws {
        var g = Self.generator(1)
        let seed = Self.seed
        let limits = EvaluationLimits(maxSteps: 20_000, maxMemory: 40)
        let context = EvaluationContext(limits: limits)
        var compared = 0, beyond = 0
        for iteration in 0..<Self.iterations {
            let program = Self.randomProgram(&g)
            let evaluator = try Evaluator(program, limits: limits)
            let compact = try program.compactCode.map { code throws(EvaluationError) in try Evaluator(compact: code, context: context) }
            var naive = NaiveInterpreter(maxSteps: limits.maxSteps, maxMemory: limits.maxMemory)
            for n in 0..<4 {
                var expected: Result<(Number, Int), NaiveInterpreter.Failure>?
                do {
                    let v = try naive.run(program, input: n)
                    expected = .success((Number(decimal: String(v))!, naive.steps))
                } catch {
                    switch error {
                    case .failure(let f): expected = .failure(f)
                    case .beyond: expected = nil
                    }
                }
                let actual: Result<Term, EvaluationError>
                do { actual = .success(try evaluator.term(n)) } catch { actual = .failure(error) }
                // the miner's compiled compact code (on a shared context) computes the same
                if let compact {
                    let c: Result<Term, EvaluationError>
                    do { c = .success(try compact.term(n)) } catch { c = .failure(error) }
                    #expect(c == actual, "compact code, seed \(seed), iteration \(iteration), n=\(n)\n\(program)")
                }
                // the REPL's stepper follows the same rules
                let stepper = Stepper(program, input: n, limits: limits)
                let stepped: Result<(Number, Int), EvaluationError>
                do {
                    try stepper.run()
                    stepped = .success((stepper.output, stepper.steps))
                } catch { stepped = .failure(error) }
                switch (stepped, actual) {
                case (.success(let (v, s)), .success(let t)):
                    #expect(t.value == v && t.steps == s, "stepper, seed \(seed), iteration \(iteration), n=\(n)\n\(program)")
                case (.failure(let e), .failure(let a)):
                    #expect(a == e, "stepper, seed \(seed), iteration \(iteration), n=\(n)\n\(program)")
                default:
                    Issue.record("stepper, seed \(seed), iteration \(iteration), n=\(n): \(stepped) vs \(actual)\n\(program)")
                }
                guard let expected else {
                    beyond += 1
                    break
                }
                switch (expected, actual) {
                case (.success(let (v, s)), .success(let t)):
                    #expect(t.value == v && t.steps == s, "seed \(seed), iteration \(iteration), n=\(n): got \(t.value)/\(t.steps) want \(v)/\(s)\n\(program)")
                case (.failure(let e), .failure(let a)):
                    #expect(a.description == e.message, "seed \(seed), iteration \(iteration), n=\(n)\n\(program)")
                default:
                    Issue.record("seed \(seed), iteration \(iteration), n=\(n): \(expected) vs \(actual)\n\(program)")
                }
                compared += 1
                if case .failure = expected { break }
            }
        }
        // most terms stay inside the model (the rest are compared among the evaluator's own forms only)
        #expect(compared >= Self.iterations && compared > 4 * beyond, "compared \(compared), beyond the model \(beyond)")
    }

    /// Compact code holds exactly the programs whose operands fit in `Int`, and gives them back unchanged.
    @Test func compactCodeRoundTrips() {
        var g = Self.generator(2)
        var representable = 0
        for _ in 0..<Self.iterations {
            let program = Self.randomProgram(&g)
            let fits = program.code.allSatisfy { $0.target.number.isSmall && $0.source.number.isSmall }
            guard let code = program.compactCode else {
                #expect(!fits, "\(program)")
                continue
            }
            representable += 1
            #expect(fits)
            #expect(Program(compact: code) == program, "\(program)")
            #expect(code.highestCell == program.highestCell, "\(program)")
            #expect(code.count == program.code.count)
        }
        #expect(representable > Self.iterations / 4)
    }

    /// Mutated program texts: parsing either succeeds or throws a ParseError, a parsed
    /// program prints and parses back to itself, and evaluation ends (value or error).
    @Test func mutatedTextsNeverCrash() throws {
        var g = Self.generator(3)
        let texts = try ProgramDirectory.programFiles(below: Fixtures.programs).map { try ProgramDirectory.readText($0) }
        let alphabet = Array("$$,;#-0123456789 \nmovaddlpblpeseqfil\t".utf8)
        var parsed = 0
        for _ in 0..<Self.iterations {
            var bytes = Array(texts.randomElement(using: &g)!.utf8)
            for _ in 0..<Int.random(in: 1...4, using: &g) where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &g)
                switch Int.random(in: 0..<3, using: &g) {
                case 0: bytes[i] = alphabet.randomElement(using: &g)!
                case 1: bytes.remove(at: i)
                default: bytes.insert(alphabet.randomElement(using: &g)!, at: i)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let program = try? Parser.parse(text) else { continue }
            parsed += 1
            #expect(try Parser.parse(program.description) == program)
            guard
                let evaluator = try? Evaluator(
                    program, resolver: ProgramDirectory(Fixtures.programs),
                    limits: EvaluationLimits(maxSteps: 50_000))
            else { continue }
            _ = evaluator.evaluate(count: 3)
        }
        #expect(parsed > 0)
    }

    /// Every matcher on random term vectors with extreme values: no trap, and a target
    /// reduction's own prediction reproduces the terms it was reduced from.
    @Test func matchersNeverTrap() {
        var g = Self.generator(4)
        let extremes = [Int.min, Int.max, Int.min + 1, -1, 0, 1, 1 << 62, -(1 << 62)]
        for _ in 0..<Self.iterations * 4 {
            let terms = (0..<16).map { _ in
                Int.random(in: 0..<4, using: &g) == 0 ? extremes.randomElement(using: &g)! : Int.random(in: -20...20, using: &g)
            }
            var key: [Int] = []
            for m in Matchers.all {
                if let p = m.reduceTarget(terms, into: &key) {
                    if let back = m.predict(terms, candidate: p, target: p), m.name != "shift", m.name != "lag" {
                        #expect(back == terms, "\(m.name) \(terms)")
                    }
                }
                _ = m.reduceCandidate(terms, into: &key)
            }
        }
    }
}
