import Foundation
import LODACore
import LODANumber
import LODAProgramStore
import Testing

@testable import LODAEvaluator

/// The incremental and virtual evaluators against the plain interpreter: the same terms,
/// step counts, failing term and error text, term by term.
struct AcceleratorTests {
    /// Every term of both evaluations (value and steps) and the error that ended them.
    struct Run: Equatable, CustomStringConvertible {
        var terms: [String]
        var error: String?
        var description: String { terms.joined(separator: ",") + (error.map { " ⏎ " + $0 } ?? "") }
    }

    static func run(
        _ program: Program, terms: Int, limits: EvaluationLimits, accelerated: Bool,
        programs: String = Fixtures.programs
    ) throws -> (Run, Evaluator.Acceleration) {
        var limits = limits
        limits.accelerated = accelerated
        let e = try Evaluator(program, resolver: ProgramDirectory(programs), limits: limits)
        let r = e.evaluate(count: terms)
        return (Run(terms: r.terms.map { "\($0.value)/\($0.steps)" }, error: r.error?.description), e.acceleration)
    }

    /// Evaluates both ways and compares; returns the evaluator the accelerated run used.
    @discardableResult
    static func compare(
        _ text: String, terms: Int = 60, limits: EvaluationLimits = .standard,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Evaluator.Acceleration {
        let program = try Parser.parse(lines(text))
        let (plain, none) = try run(program, terms: terms, limits: limits, accelerated: false)
        let (fast, kind) = try run(program, terms: terms, limits: limits, accelerated: true)
        #expect(none == .plain, sourceLocation: sourceLocation)
        #expect(fast == plain, "\(kind)\n\(text)", sourceLocation: sourceLocation)
        return kind
    }

    // MARK: the incremental evaluator

    @Test func fibonacciIsRepeatedIterations() throws {
        let fib = "mov $1,1; lpb $0; sub $0,1; mov $2,$1; add $1,$3; mov $3,$2; lpe; mov $0,$3"
        #expect(try Self.compare(fib, terms: 200) == .incremental)
        let (run, _) = try Self.run(try Parser.parse(lines(fib)), terms: 11, limits: .standard, accelerated: true)
        #expect(run.terms.map { String($0.split(separator: "/")[0]) } == ["0", "1", "1", "2", "3", "5", "8", "13", "21", "34", "55"])
        // lpb, then 4+1 per accepted iteration, 4+1 for the rolled-back one, mov $1 and mov $0
        let steps: Int = 1 + 1 + 5 * 10 + 5 + 1
        #expect(run.terms[10] == "55/\(steps)")
    }

    @Test func sumsOverTheCounter() throws {
        // A057552: a(n) = Sum_{k=0..n} binomial(2k+2,k)
        let text = "add $0,1; lpb $0; sub $0,1; mov $2,$0; mul $2,2; add $2,2; bin $2,$0; add $1,$2; lpe; mov $0,$1"
        #expect(try Self.compare(text, terms: 120) == .incremental)
        let (run, _) = try Self.run(try Parser.parse(lines(text)), terms: 8, limits: .standard, accelerated: true)
        #expect(run.terms.map { String($0.split(separator: "/")[0]) } == ["1", "5", "20", "76", "286", "1078", "4081", "15521"])
    }

    @Test(arguments: [
        // decrements other than 1, by sub and by trn, with the counter read before and after
        "lpb $0; mov $2,$0; sub $0,3; add $1,$2; lpe; mov $0,$1",
        "lpb $0; trn $0,2; mov $2,$0; pow $2,2; add $1,$2; lpe; mov $0,$1",
        "mul $0,2; lpb $0; mov $3,$0; trn $0,5; mod $3,7; sub $1,$3; lpe; mov $0,$1",
        "lpb $0; sub $0,2; mov $2,1; add $2,$1; mov $1,$2; mul $1,3; lpe; mov $0,$1",
        // a counter that goes negative before the loop, or never runs
        "sub $0,5; lpb $0; sub $0,1; add $1,2; lpe; mov $0,$1",
        "sub $0,5; lpb $0; mov $2,$0; sub $0,1; add $1,$2; lpe; add $0,$1",
        // counters that are not monotonic in n: the cache starts again
        "mod $0,7; lpb $0; sub $0,1; mul $1,2; add $1,1; lpe; mov $0,$1",
        "mod $0,6; mul $0,3; lpb $0; mov $2,$0; sub $0,2; add $1,$2; lpe; mov $0,$1",
        // the cells on entry depend on n: nothing can be reused
        "mov $1,$0; lpb $0; sub $0,1; add $1,$1; lpe; mov $0,$1",
        "mov $3,$0; lpb $0; mov $2,$0; sub $0,1; add $2,$3; add $1,$2; lpe; mov $0,$1",
        // inner loops, and code after the main loop reading every cell
        "mov $1,1; lpb $0; sub $0,1; mov $3,$1; lpb $3; sub $3,1; add $2,1; lpe; add $1,1; lpe; mov $0,$2; add $0,$3",
        "lpb $0; mov $2,$0; lpb $2; sub $2,3; add $4,1; lpe; sub $0,1; mov $3,$4; add $1,$2; lpe; mul $0,$1; add $0,$4",
        // the scratch cell of the last iteration is read after the loop
        "lpb $0; mov $2,$0; mul $2,$2; sub $0,1; add $1,$2; lpe; mul $1,100; add $1,$2; mov $0,$1",
        // a division by zero in some iteration, and one only in the rolled-back iteration
        "lpb $0; mov $2,10; div $2,$0; sub $0,1; add $1,$2; lpe; mov $0,$1",
        "lpb $0; mov $2,$0; sub $2,3; mov $3,10; div $3,$2; sub $0,1; add $1,$3; lpe; mov $0,$1",
        "add $0,2; lpb $0; sub $0,1; mov $2,7; div $2,$0; add $1,$2; lpe; mov $0,$1",
        // sums that overflow
        "lpb $0; mov $2,2; pow $2,$0; sub $0,1; add $1,$2; lpe; mov $0,$1",
        "mov $1,1; lpb $0; sub $0,1; mul $1,1000000007; lpe; mov $0,$1",
        // seq inside the loop
        "lpb $0; mov $2,$0; seq $2,45; sub $0,1; add $1,$2; lpe; mov $0,$1",
        "mov $1,1; lpb $0; sub $0,1; mov $2,$1; seq $2,45; add $1,$2; lpe; mov $0,$1"
    ])
    func incrementalShapes(_ text: String) throws {
        try Self.compare(text, terms: 60)
    }

    @Test func shapesTheEvaluatorTakes() throws {
        #expect(try Self.compare("lpb $0; mov $2,$0; sub $0,3; add $1,$2; lpe; mov $0,$1") == .incremental)
        #expect(try Self.compare("mod $0,7; lpb $0; sub $0,1; mul $1,2; add $1,1; lpe; mov $0,$1") == .incremental)
        // a sum fed from another sum, and a carried cell that is not only added to: plain
        #expect(try Self.compare("lpb $0; mov $2,$0; sub $0,1; add $1,$2; add $3,$1; lpe; mov $0,$3") != Evaluator.Acceleration.incremental)
        #expect(try Self.compare("lpb $0; mov $2,$0; sub $0,1; mul $1,$2; lpe; mov $0,$1") != Evaluator.Acceleration.incremental)
        // the counter written elsewhere, an indirect operand: plain
        #expect(try Self.compare("lpb $0; sub $0,1; add $1,$0; mov $0,$1; lpe") == .plain)
        #expect(try Self.compare("lpb $0; sub $0,1; add $$1,1; lpe; mov $0,$1") == .plain)
    }

    @Test func limitsHitMidway() throws {
        let sum = "lpb $0; mov $2,$0; lpb $2; sub $2,1; add $3,1; lpe; sub $0,1; add $1,$2; lpe; mov $0,$3"
        let fib = "mov $1,1; lpb $0; sub $0,1; mov $2,$1; add $1,$3; mov $3,$2; lpe; mov $0,$3"
        let summed = "lpb $0; mov $2,$0; pow $2,3; sub $0,1; add $1,$2; lpe; mov $0,$1"
        for limit in [50, 333, 1000, 5000] {
            let limits = EvaluationLimits(maxSteps: limit)
            try Self.compare(sum, terms: 80, limits: limits)
            try Self.compare(fib, terms: 80, limits: limits)
            try Self.compare(summed, terms: 80, limits: limits)
        }
    }

    @Test func tenThousandTermsCostTenThousandIterations() throws {
        let text = "add $0,1; lpb $0; sub $0,1; mov $2,$0; mul $2,$2; add $1,$2; lpe; mov $0,$1"
        var limits = EvaluationLimits.standard
        limits.timeoutPerTerm = 60
        let e = try Evaluator(try Parser.parse(lines(text)), limits: limits)
        #expect(e.acceleration == .incremental)
        let run = e.evaluate(count: 10_000)
        #expect(run.error == nil && run.terms.count == 10_000)
        // sum of squares 0..n, and the plain step count: add, lpb, 4+1 per accepted iteration
        // (n+1 of them), 4+1 for the rolled-back one, mov
        let n = 9_999
        #expect(run.terms[n].value == Number(n * (n + 1) * (2 * n + 1) / 6))
        let steps: Int = 1 + 1 + 5 * (n + 1) + 5 + 1
        #expect(run.terms[n].steps == steps)
        // a(n) for n = 0…9999 needs the counter's values 1…10000: each iteration runs once
        #expect(e.incremental?.iterations == 10_000)
    }

    // MARK: the virtual evaluator

    @Test func blocksAreCalledLikeSequences() throws {
        // a(n) = Sum_{k=1..n} d(k): the divisor count of k computed by an inner loop
        let text = """
            lpb $0
              mov $2,$0
              mov $3,$0
              mov $4,0
              lpb $3
                mov $5,$2
                mov $6,$3
                max $6,1
                mod $5,$6
                equ $5,0
                add $4,$5
                sub $3,1
              lpe
              sub $0,1
              add $1,$4
            lpe
            mov $0,$1
            """
        #expect(try Self.compare(text, terms: 80) == .virtual)
        let (run, _) = try Self.run(try Parser.parse(text), terms: 10, limits: .standard, accelerated: true)
        // A006218
        #expect(run.terms.map { String($0.split(separator: "/")[0]) } == ["0", "1", "3", "5", "8", "10", "14", "16", "20", "23"])
        for limit in [100, 1000, 4321] {
            try Self.compare(text, terms: 80, limits: EvaluationLimits(maxSteps: limit))
        }
    }

    @Test(arguments: [
        // the block's input is the outer counter; its output is added up
        "lpb $0; mov $2,$0; mov $3,1; lpb $2; mul $3,2; sub $2,1; lpe; mod $3,7; sub $0,1; add $1,$3; lpe; mov $0,$1",
        // a block that fails for some inputs
        "lpb $0; mov $2,$0; mov $3,0; lpb $2; add $3,$2; sub $2,1; lpe; div $3,$0; sub $3,4; mov $4,100; div $4,$3; sub $0,1; add $1,$4; lpe; mov $0,$1",
        // two blocks in one loop
        "lpb $0; mov $2,$0; mov $3,0; lpb $2; add $3,3; sub $2,1; lpe; mov $4,$0; mov $5,1; lpb $4; mul $5,2; sub $4,1; lpe; sub $0,1; add $1,$3; add $1,$5; lpe; mov $0,$1",
        // a block whose scratch cells are read later: not a block
        "lpb $0; mov $2,$0; mov $3,0; lpb $2; add $3,$2; sub $2,1; lpe; sub $0,1; add $1,$3; add $1,$2; lpe; mov $0,$1"
    ])
    func virtualShapes(_ text: String) throws {
        try Self.compare(text, terms: 50)
    }

    // MARK: programs called by seq

    @Test func calleesOfTheShapeAreIncremental() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-accel-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/oeis/000", withIntermediateDirectories: true)
        // A000330, sum of squares (summed), and A000079 by doubling (repeated)
        try "add $0,1\nlpb $0\n  sub $0,1\n  mov $2,$0\n  mul $2,$2\n  add $1,$2\nlpe\nmov $0,$1\n"
            .write(toFile: folder + "/oeis/000/A000330.asm", atomically: true, encoding: .utf8)
        try "mov $1,1\nlpb $0\n  sub $0,1\n  mul $1,2\nlpe\nmov $0,$1\n"
            .write(toFile: folder + "/oeis/000/A000079.asm", atomically: true, encoding: .utf8)
        let caller = try Parser.parse(lines("mov $1,$0; seq $1,79; mul $0,2; seq $0,330; add $0,$1"))
        for limits in [EvaluationLimits.standard, EvaluationLimits(maxSteps: 900), EvaluationLimits(maxSteps: 4321)] {
            let (plain, _) = try Self.run(caller, terms: 70, limits: limits, accelerated: false, programs: folder)
            let (fast, _) = try Self.run(caller, terms: 70, limits: limits, accelerated: true, programs: folder)
            #expect(fast == plain)
        }
        let e = try Evaluator(caller, resolver: ProgramDirectory(folder))
        let run = e.evaluate(count: 30)
        // a(n) = 2^n + Sum_{k=0..2n} k^2
        var expected: [Number] = []
        for n in 0..<30 {
            let squares: Int = 2 * n * (2 * n + 1) * (4 * n + 1) / 6
            expected.append(Number((1 << n) + squares))
        }
        #expect(run.values == expected)
        #expect(e.context.incrementalCallees.count == 2)
        // 2^n by doubling needs 29 iterations in all; the sums of squares 59 (k = 0…58)
        #expect(e.context.incrementalCallees.values.map(\.iterations).sorted() == [29, 59])
    }

    // MARK: every fixture, and random programs of both shapes

    @Test func fixturesAgree() throws {
        var accelerated = 0
        for file in ProgramDirectory.programFiles(below: Fixtures.programs) {
            let program = try ProgramDirectory.load(file: file)
            let limits = EvaluationLimits(maxSteps: 2_000_000)
            let (plain, _) = try Self.run(program, terms: 40, limits: limits, accelerated: false)
            let (fast, kind) = try Self.run(program, terms: 40, limits: limits, accelerated: true)
            #expect(fast == plain, "\(file) (\(kind))")
            if kind != .plain { accelerated += 1 }
        }
        #expect(accelerated >= 3)
    }

    /// A random program of the incremental shape: code before, one counter loop, code after.
    static func randomShaped(_ g: inout SeededGenerator, nested: Bool) -> Program {
        let ops: [Opcode] = [.mov, .add, .sub, .mul, .div, .mod, .pow, .bin, .min, .max, .gcd, .trn, .equ, .dif]
        func op(_ cells: ClosedRange<Int>) -> Instruction {
            let o = ops.randomElement(using: &g)!
            let source: Operand = Bool.random(using: &g) ? .cell(Int.random(in: cells, using: &g)) : .value(Int.random(in: -2...7, using: &g))
            return Instruction(o, .cell(Int.random(in: cells.lowerBound == 0 ? 1...cells.upperBound : cells, using: &g)), source)
        }
        var code: [Instruction] = []
        for _ in 0..<Int.random(in: 0...2, using: &g) { code.append(op(0...4)) }
        if Bool.random(using: &g) { code.append(Instruction(.mod, .cell(0), .value(Int.random(in: 3...30, using: &g)))) }
        code.append(Instruction(.lpb, .cell(0), .value(1)))
        var body: [Instruction] = []
        for _ in 0..<Int.random(in: 1...5, using: &g) { body.append(op(0...4)) }
        if nested {
            let inner = Int.random(in: 5...6, using: &g)
            body.append(Instruction(.mov, .cell(inner), .cell(Int.random(in: 0...4, using: &g))))
            body.append(Instruction(.lpb, .cell(inner), .value(1)))
            body.append(Instruction(.sub, .cell(inner), .value(1)))
            for _ in 0..<Int.random(in: 1...3, using: &g) { body.append(op(1...4)) }
            body.append(Instruction(.lpe))
        }
        // the decrement, anywhere at the top of the body; the counter is not written elsewhere
        body = body.filter { $0.target != .cell(0) }
        let decrement = Instruction(Bool.random(using: &g) ? .sub : .trn, .cell(0), .value(Int.random(in: 1...3, using: &g)))
        body.insert(decrement, at: Int.random(in: 0...body.count, using: &g))
        code += body
        code.append(Instruction(.lpe))
        for _ in 0..<Int.random(in: 0...2, using: &g) { code.append(op(0...4)) }
        code.append(Instruction(.mov, .cell(0), .cell(Int.random(in: 1...4, using: &g))))
        return Program(code)
    }

    @Test func randomProgramsOfBothShapes() throws {
        var g = SeededGenerator(seed: 20_261_130)
        var kinds: [Evaluator.Acceleration: Int] = [:]
        let limits = EvaluationLimits(maxSteps: 30_000, maxMemory: 100)
        for i in 0..<max(300, FuzzTests.iterations / 2) {
            let program = Self.randomShaped(&g, nested: i % 3 == 2)
            guard (try? program.validateLoops()) != nil else { continue }
            let (plain, _) = try Self.run(program, terms: 24, limits: limits, accelerated: false)
            let (fast, kind) = try Self.run(program, terms: 24, limits: limits, accelerated: true)
            #expect(fast == plain, "iteration \(i), \(kind)\n\(program)")
            kinds[kind, default: 0] += 1
        }
        #expect(kinds[.incremental, default: 0] >= 50, "\(kinds)")
    }
}
