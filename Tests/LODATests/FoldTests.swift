import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import Testing

/// `fold` and `unfold` preserve terms: every shipped program with a `seq` call is unfolded and
/// compared with the original, and every top-level call folded back.
struct FoldTests {
    static let folder = Fixtures.repository + "/programs"

    static func terms(_ program: Program, _ count: Int) -> [Number] {
        guard let e = try? Evaluator(program, resolver: ProgramDirectory(folder)) else { return [] }
        return e.evaluate(count: count).values
    }

    @Test func unfoldInlinesACallInsideALoopWithFreshCells() throws {
        let directory = ProgramDirectory(Fixtures.programs)
        // A000045 inside a loop: the callee's cells must be cleared for every call.
        let caller = try Parser.parse("lpb $0\n  mov $2,$0\n  seq $2,45\n  add $1,$2\n  sub $0,1\nlpe\nmov $0,$1\n")
        let callee = try directory.program(for: ProgramID(number: 45))
        let unfolded = try caller.unfoldingFirstCall(callee)
        #expect(!unfolded.code.contains { $0.opcode == .seq })
        #expect(unfolded.code.contains { $0.opcode == .clr })
        // Sum of Fibonacci numbers F(1..n) = F(n+2) - 1.
        let fib: [Int] = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]
        let expected = (0..<10).map { Number(fib[$0 + 2] - 1) }
        let e = try Evaluator(unfolded, resolver: directory)
        #expect(e.evaluate(count: 10).values == expected)
    }

    @Test func foldRefusesCodeThatIsNotTheCallee() throws {
        let program = try Parser.parse("mul $0,2\nadd $0,1\n")
        let callee = try Parser.parse("mul $0,3\n")
        #expect(throws: FoldError("no code computing A000003 found (it must match the called program with renamed cells, outside loops)")) {
            _ = try program.folding(callee, id: 3)
        }
    }

    /// Every shipped program with a seq call: unfolding keeps its terms; where the call is
    /// outside loops, folding the unfolded program gives back the call and the same terms.
    @Test func shippedProgramsUnfoldAndFoldBack() throws {
        let directory = ProgramDirectory(Self.folder)
        var unfolded = 0, folded = 0, tried = 0
        var problems: [String] = []
        for path in ProgramDirectory.programFiles(below: Self.folder) {
            guard let program = try? ProgramDirectory.load(file: path), let call = program.firstSequenceCall else { continue }
            tried += 1
            guard tried % 4 == 0 else { continue }  // a quarter of them keeps the test quick
            guard let callee = try? directory.program(for: ProgramID(number: call.id)),
                let inlined = try? program.unfoldingFirstCall(callee)
            else { continue }
            unfolded += 1
            let original = Self.terms(program, 10)
            let after = Self.terms(inlined, 10)
            if Array(after.prefix(original.count)) != original { problems.append("unfold \(path)") }
            let depth = program.instructions[..<call.index].reduce(0) { $0 + ($1.opcode == .lpb ? 1 : $1.opcode == .lpe ? -1 : 0) }
            guard depth == 0 else { continue }
            do {
                let back = try inlined.folding(callee, id: call.id)
                folded += 1
                #expect(back.code.filter { $0.opcode == .seq }.count == program.code.filter { $0.opcode == .seq }.count)
                let again = Self.terms(back, 10)
                if Array(again.prefix(original.count)) != original { problems.append("fold \(path)") }
            } catch { problems.append("fold \(path): \(error)") }
        }
        #expect(unfolded > 1000)
        #expect(folded > 500)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }
}
