import LODACore
import LODANumber
import LODAProgramStore
import Testing

struct ParserTests {
    @Test func instructionsOperandsAndComments() throws {
        let p = try Parser.parse(
            """
            ; A000045: Fibonacci numbers
            ; 0,1,1,2

            #offset 3
            mov $1,$$2 ; pointer
            lpb $0
              add $1,-5
            lpe
            lpb $3,$4
            lpe
            """)
        #expect(p.header == ["A000045: Fibonacci numbers", "0,1,1,2"])
        #expect(p.offset == 3)
        #expect(p.code.count == 6)
        #expect(p.code[0] == Instruction(.mov, .cell(1), .indirect(2), comment: "pointer"))
        #expect(p.code[1] == Instruction(.lpb, .cell(0), .value(1)))
        #expect(p.code[2] == Instruction(.add, .cell(1), .value(-5)))
        #expect(p.code[4] == Instruction(.lpb, .cell(3), .cell(4)))
        #expect(p.code[0].location == SourceLocation(line: 5, column: 1))
        #expect(p.code[2].location == SourceLocation(line: 7, column: 3))
    }

    @Test func commentText() throws {
        let p = try Parser.parse("mov $0,1 ;;  two;semicolons  \t\n;;;\n")
        #expect(p.instructions[0].comment == "two;semicolons")
        #expect(p.instructions[1] == .commentLine(""))
    }

    @Test func directivesAnywhereLastWins() throws {
        let p = try Parser.parse("#offset 1\nmov $0,1\n# OFFSET -4 ; note\n#inputs 2\n#outputs 3")
        #expect(p.offset == -4)
        #expect(p.inputs == 2)
        #expect(p.outputs == 3)
    }

    @Test func bigLiteralsStayExact() throws {
        let digits = "123456789012345678901234567890123456789012345"
        let p = try Parser.parse("mov $0,-\(digits)")
        #expect(p.code[0].source == .constant(Number(decimal: "-" + digits)!))
    }

    @Test func crlfLines() throws {
        let p = try Parser.parse("mov $0,1 ; one\r\nadd $0,2\r\n")
        #expect(p.code.count == 2)
        #expect(p.code[0].comment == "one")
    }

    static let errors: [(String, String)] = [
        ("mov $0,05", "1:8: Error parsing number"),
        ("mov $0,-0", "1:8: Error parsing number"),
        ("mov $0,+5", "1:8: Error parsing number"),
        ("mov $ 5,1", "1:5: Error parsing number"),
        ("mov $$$1,1", "1:5: Error parsing number"),
        ("mov $-1,5", "1:5: negative value not allowed"),
        ("mov $0,1\n  foo $0,1", "2:3: invalid operation: foo"),
        ("mov $0 5", "1:8: expected separator"),
        ("mov $0,1,2", "1:9: invalid identifier"),
        ("lpe $0", "1:5: invalid identifier"),
        ("#foo 1", "1:1: invalid directive: foo"),
        ("#offset x", "1:9: invalid value for directive #offset: expected a 64-bit integer"),
        ("#offset 99999999999999999999", "1:9: invalid value for directive #offset: expected a 64-bit integer"),
        ("mov $0,", "1:8: Error parsing number"),
        ("mov", "1:4: Error parsing number"),
        ("9 $0,1", "1:1: invalid identifier"),
        ("mov $0,1 ; ok\nmöv $0,1", "2:1: invalid operation: m")
    ]

    @Test(arguments: errors)
    func errorsNameLineAndColumn(_ text: String, _ expected: String) {
        #expect(throws: ParseError.self) { try Parser.parse(text) }
        do {
            _ = try Parser.parse(text, file: "x.asm")
        } catch {
            #expect(error.description == "x.asm:\(expected)")
        }
    }

    @Test func canonicalPrinting() throws {
        let p = try Parser.parse(
            """
            ; A000001: header
            #offset 1
            MOV $1 , 5 ; c
              lpb $0 , 1
            sub $0,1
            ; inside
            lpb $1,$2
            lpe
             lpe
            """)
        #expect(
            p.description == """
                ; A000001: header

                #offset 1

                mov $1,5 ; c
                lpb $0
                  sub $0,1
                  ; inside
                  lpb $1,$2
                  lpe
                lpe

                """)
    }

    /// Every fixture program prints and parses back to the same program, and printing
    /// that again gives the same text.
    @Test func roundTripOverFixtures() throws {
        let files = ProgramDirectory.programFiles(below: Fixtures.programs)
        #expect(files.count >= 40)
        for file in files {
            let program = try ProgramDirectory.load(file: file)
            let printed = program.description
            let again = try Parser.parse(printed)
            #expect(again == program, "\(file)")
            #expect(again.description == printed, "\(file)")
        }
    }
}
