import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences
import Testing

/// The minimizer on its own: what it finds, and that it never returns a program that fails
/// the check it minimizes for.
struct MinimizerTests {
    /// `count` terms of `f` from n = `offset`, as a sequence.
    static func sequence(_ count: Int, offset: Int = 0, _ f: (Int) -> Number) -> IntegerSequence {
        IntegerSequence(id: SequenceID(0), terms: (offset..<(offset + count)).map(f), offset: offset)
    }

    static func minimized(_ text: String, _ goal: IntegerSequence, pairs: Int = .max) throws -> Program {
        var program = try Parser.parse(lines(text))
        program.offsetDirective = goal.offset == 0 ? nil : goal.offset
        var m = Minimizer(resolver: ProgramDirectory(Fixtures.programs))
        m.pairDistance = pairs
        return m.minimize(program, for: goal, seconds: 20)
    }

    static let squares = sequence(60) { Number($0 * $0) }

    /// The example: A000290 from eight instructions (a dead cell, a sub/add pair, and
    /// `mul 3; pow 2; div 9`) to at most two.
    @Test func squaresFromEightInstructions() throws {
        let p = try Self.minimized("mov $3,7; sub $0,1; add $0,1; mul $0,3; pow $0,2; div $0,9; add $1,$3; mov $2,$1", Self.squares)
        #expect(p.code.count <= 2, "\(p)")
        #expect(p.code.map(\.description) == ["pow $0,2"])
    }

    /// A pair whose deletion keeps the terms while each single deletion breaks them.
    @Test func deletesAPair() throws {
        // 2n - n = n: deleting `mul` alone or `sub` alone breaks it, both together leave nothing to do
        let goal = Self.sequence(40) { Number($0) }
        let p = try Self.minimized("mov $1,$0; mul $0,2; sub $0,$1", goal)
        #expect(p.code.isEmpty, "\(p)")
    }

    /// A loop multiplying by 5 per iteration becomes a power (a loop summary).
    @Test func loopToPower() throws {
        let goal = Self.sequence(40) { n in (0..<n).reduce(Number(1)) { x, _ in Semantics.calc(.mul, x, 5)! } }
        let p = try Self.minimized("mov $1,1; lpb $0; mul $1,5; sub $0,1; lpe; mov $0,$1", goal)
        #expect(p.code.contains { $0.opcode == .pow }, "\(p)")
        #expect(!p.code.contains { $0.opcode == .lpb }, "\(p)")
        #expect(p.code.count <= 3, "\(p)")
    }

    /// A counter loop that only counts down by 6 is n mod 6.
    @Test func countdownToMod() throws {
        let goal = Self.sequence(40) { Number($0 % 6) }
        let p = try Self.minimized("lpb $0; sub $0,6; lpe", goal)
        #expect(p.code.map(\.description) == ["mod $0,6"])
    }

    /// Negating before squaring changes nothing: the negation goes (an operation replaced by a mov).
    @Test func operationReplacedByMov() throws {
        let goal = Self.sequence(30) { n in Number((n * n - 1) * (n * n - 1) - 1) }
        let p = try Self.minimized("mul $0,$0; sub $0,1; sub $1,$0; mul $1,$1; mov $0,$1; sub $0,1", goal)
        #expect(p.code.count <= 4, "\(p)")
    }

    /// Whatever it does, the result passes the check: minimized random mutations of fixture
    /// programs (each checked against its own first terms) still compute them.
    @Test func resultsPassTheirCheck() throws {
        let directory = ProgramDirectory(Fixtures.programs)
        var rng = SeededRandom(seed: 3)
        var mutator = Mutator(
            sources: try ["A000045", "A000290", "A000217", "A000079", "A000142"].map {
                try ProgramDirectory.load(file: "\(Fixtures.programs)/oeis/000/\($0).asm")
            }, callable: [], statistics: .standard)
        var m = Minimizer(resolver: directory)
        m.pairDistance = 4
        var checked = 0
        for _ in 0..<150 {
            let program = mutator.next(&rng)
            guard let e = try? Evaluator(program, resolver: directory, limits: EvaluationLimits(maxSteps: 100_000)) else { continue }
            let run = e.evaluate(count: 30)
            guard run.error == nil else { continue }
            let goal = IntegerSequence(id: SequenceID(0), terms: run.values)
            let result = m.minimize(program, for: goal, seconds: 2)
            #expect(result.code.count <= program.code.count)
            let check = try Evaluator(result, resolver: directory).check(against: goal.terms)
            #expect(check.status == .ok, "\(program)=>\n\(result)")
            checked += 1
        }
        #expect(checked > 50)
    }
}
