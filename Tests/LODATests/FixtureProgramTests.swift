import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import Testing

/// Each fixture program carries its expected terms (from the OEIS data) in its header;
/// the interpreter must reproduce all of them.
struct FixtureProgramTests {
    static let files = ProgramDirectory.programFiles(below: Fixtures.programs)

    @Test func fixturesCoverEveryOperation() throws {
        var used = Set<Opcode>()
        var indirect = false
        var regionLoop = false
        for file in Self.files {
            let program = try ProgramDirectory.load(file: file)
            for ins in program.code {
                used.insert(ins.opcode)
                if case .indirect = ins.target { indirect = true }
                if case .indirect = ins.source { indirect = true }
                if ins.opcode == .lpb && ins.source != .value(1) { regionLoop = true }
            }
        }
        let missing = Opcode.allCases.filter { ![.nop, .dbg].contains($0) && !used.contains($0) }
        #expect(missing.isEmpty, "no fixture uses \(missing)")
        #expect(indirect && regionLoop)
    }

    @Test(arguments: files)
    func headerTermsMatch(_ file: String) throws {
        let program = try ProgramDirectory.load(file: file)
        let header = program.header
        #expect(header.count >= 2)
        let expected = header[1].split(separator: ",").map { Number(decimal: $0)! }
        #expect(expected.count >= 8)
        let evaluator = try Evaluator(program, resolver: ProgramDirectory(Fixtures.programs))
        let result = evaluator.check(against: expected)
        #expect(result.status == .ok, "\(file): \(result.message ?? "")")
        #expect(result.matched == expected.count)
    }
}
