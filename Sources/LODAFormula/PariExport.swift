import LODACore
import LODANumber

/// PARI/GP code that computes exactly a program's terms: from the program's formula when it
/// has one, otherwise by a line-by-line translation of the program (cells become local
/// variables, loops keep LODA's roll-back rule). LODA operations that GP spells differently
/// (truncating division, `mod`, `bin` with negative arguments, `pow` with negative
/// exponents, ...) use exact helper functions that are defined in the output.
public enum PariExport {
    /// One function definition and what it needs.
    public struct Definition {
        public var code: String
        public var helpers: Set<PariHelperName>
        public var calledSequences: [String]
    }

    public typealias PariHelperName = String

    /// The definition of `name(n)` computing `program`'s terms. `checkArgument` adds LODA's
    /// `seq` rule that an argument below the program's offset is an error (for called programs).
    public static func definition(of program: Program, name: String, checkArgument: Bool) throws(ConversionError) -> Definition {
        let guardLine = checkArgument ? "if(n<\(program.offset), error(\"seq using invalid argument\")); " : ""
        if let formula = try? Formula(program) {
            return definition(of: formula, name: name, guardLine: guardLine)
        }
        var translation = Translation(program: program, name: name, guardLine: guardLine)
        return try translation.definition()
    }

    static func definition(of formula: Formula, name: String, guardLine: String) -> Definition {
        let facts = formula.signFacts()
        var lines: [String] = []
        var helpers = Set<PariHelper>()
        // Recurrence names are local to the formula; qualify them for called programs.
        let qualified: (String) -> String = { name == "a" ? $0 : "\(name)_\($0)" }
        var renames: [String: String] = [:]
        for g in formula.groups { for m in g.names { renames[m] = qualified(m) } }
        for g in formula.groups {
            var stepFacts = facts
            stepFacts.nonNegativePrevious = Set(g.names.indices.filter { facts.nonNegativeFunctions.contains(g.names[$0]) })
            var renderer = ExpressionRenderer(facts: stepFacts, previous: { "v[\($0 + 1)]" })
            renderer.argumentName = "n"
            let starts = g.initial.map { renderer.render($0.renamingCalls(renames)) }.joined(separator: ",")
            let steps = g.steps.map { renderer.render($0.renamingCalls(renames)) }.joined(separator: ",")
            for (j, member) in g.names.enumerated() {
                lines.append("\(qualified(member))(n) = {my(v=[\(starts)]); for(i=1,n, v=[\(steps)]); v[\(j + 1)]};")
            }
            helpers.formUnion(renderer.helpers)
        }
        var renderer = ExpressionRenderer(facts: facts, previous: { _ in "?" })
        lines.append("\(name)(n) = {\(guardLine)\(renderer.render(formula.main.renamingCalls(renames)))};")
        helpers.formUnion(renderer.helpers)
        return Definition(code: lines.joined(separator: "\n"), helpers: Set(helpers.map(\.rawValue)), calledSequences: formula.calledSequences)
    }

    /// A self-contained GP file: the helpers used, every called program (looked up by
    /// `load`, e.g. "A000045"), then `a(n)`.
    public static func file(for program: Program, load: (String) -> Program?) throws(ConversionError) -> String {
        try file(main: try definition(of: program, name: "a", checkArgument: false), load: load)
    }

    /// A self-contained GP file computing `formula` (how a formula is verified).
    public static func file(forFormula formula: Formula, load: (String) -> Program?) throws(ConversionError) -> String {
        try file(main: definition(of: formula, name: "a", guardLine: ""), load: load)
    }

    static func file(main: Definition, load: (String) -> Program?) throws(ConversionError) -> String {
        var definitions: [String] = []
        var helpers = main.helpers
        var pending = main.calledSequences
        var done = Set<String>()
        while let id = pending.popLast() {
            if done.contains(id) { continue }
            done.insert(id)
            guard let callee = load(id) else { throw ConversionError("\(id) is called but its program is not found") }
            let d: Definition
            do { d = try definition(of: callee, name: id, checkArgument: true) } catch {
                throw ConversionError("the called program \(id) cannot be converted: \(error.description)")
            }
            definitions.append(d.code)
            helpers.formUnion(d.helpers)
            pending.append(contentsOf: d.calledSequences)
        }
        let helperLines = PariHelper.allCases.filter { helpers.contains($0.rawValue) }.map(\.definition)
        return (helperLines + definitions.sorted() + [main.code]).joined(separator: "\n") + "\n"
    }
}

/// The line-by-line translation of a program without a formula.
private struct Translation {
    let program: Program
    let name: String
    let guardLine: String
    var helpers = Set<PariHelper>()
    var calls = Set<String>()
    var lines: [String] = []
    var loopCount = 0

    init(program: Program, name: String, guardLine: String) {
        self.program = program
        self.name = name
        self.guardLine = guardLine
    }

    var cells: [Int] = []

    static func cell(_ operand: Operand) throws(ConversionError) -> Int { try FormulaBuilder.directCell(operand) }

    mutating func definition() throws(ConversionError) -> PariExport.Definition {
        let code = program.code
        var named = Set<Int>([0])
        for ins in code {
            if ins.opcode == .prg { throw ConversionError("prg calls have no PARI form") }
            if ins.opcode == .lpb {
                guard ins.source == .value(1) || ins.source == .value(0) else {
                    throw ConversionError("region loops (lpb with a length) have no PARI form")
                }
                named.insert(try Translation.cell(ins.target))
                continue
            }
            if ins.opcode.kind == .arithmetic || ins.opcode.kind == .seq {
                named.insert(try Translation.cell(ins.target))
                if case .direct = ins.source { named.insert(try Translation.cell(ins.source)) }
                if case .indirect = ins.source { throw ConversionError("indirect operands ($$) have no PARI form") }
            }
            if ins.opcode.kind == .region { named.formUnion(try FormulaBuilder.written(ins)) }
        }
        cells = named.sorted()
        var depth = 0
        var counters: [Int] = []
        for ins in code {
            let indent = String(repeating: "  ", count: depth + 1)
            switch ins.opcode.kind {
            case .nop, .debug: continue
            case .loopBegin:
                loopCount += 1
                let counter = try Translation.cell(ins.target)
                counters.append(counter)
                lines.append("\(indent)while(1, c\(depth + 1)=m\(counter); s\(depth + 1)=\(stateVector);")
                depth += 1
            case .loopEnd:
                guard depth > 0 else { throw ConversionError("unbalanced lpe") }
                let indent = String(repeating: "  ", count: depth)
                let counter = counters.removeLast()
                lines.append("\(indent)if(!(m\(counter)>=0 && m\(counter)<c\(depth)), \(stateVector)=s\(depth); break));")
                depth -= 1
            case .arithmetic:
                let t = try Translation.cell(ins.target)
                let b: FormulaExpression = ins.source.isConstant ? .constant(ins.source.number) : .previous(try Translation.cell(ins.source))
                var renderer = ExpressionRenderer(facts: SignFacts(argumentNonNegative: false), previous: { "m\($0)" })
                let e: FormulaExpression = ins.opcode == .mov ? b : .operation(ins.opcode.arithmetic!, .previous(t), b)
                lines.append("\(indent)m\(t) = \(renderer.render(e));")
                helpers.formUnion(renderer.helpers)
            case .seq:
                let t = try Translation.cell(ins.target)
                guard case .constant(let id) = ins.source, let number = id.intValue, number >= 0, number <= 999_999 else {
                    throw ConversionError("seq needs a constant A-number")
                }
                let callee = FormulaBuilder.sequenceName(number)
                calls.insert(callee)
                lines.append("\(indent)m\(t) = \(callee)(m\(t));")
            case .region:
                let moves = try FormulaBuilder.region(ins)
                guard !moves.isEmpty else { continue }
                let targets = moves.map { "m\($0.cell)" }.joined(separator: ",")
                let values = moves.map { $0.from.map { "m\($0)" } ?? "0" }.joined(separator: ",")
                lines.append("\(indent)[\(targets)] = [\(values)];")
            case .prg: throw ConversionError("prg calls have no PARI form")
            }
        }
        guard depth == 0 else { throw ConversionError("unbalanced lpb") }
        var locals = cells.map { $0 == 0 ? "m0=n" : "m\($0)=0" }
        if loopCount > 0 {
            let deepest = maxDepth(code)
            for d in 1...max(deepest, 1) { locals += ["c\(d)", "s\(d)"] }
        }
        let body = ["\(name)(n) = {", "  \(guardLine)my(\(locals.joined(separator: ", ")));"] + lines + ["  m0", "};"]
        return PariExport.Definition(code: body.joined(separator: "\n"), helpers: Set(helpers.map(\.rawValue)), calledSequences: calls.sorted())
    }

    var stateVector: String { "[" + cells.map { "m\($0)" }.joined(separator: ",") + "]" }

    func maxDepth(_ code: [Instruction]) -> Int {
        var depth = 0, deepest = 0
        for ins in code {
            if ins.opcode == .lpb { depth += 1; deepest = max(deepest, depth) }
            if ins.opcode == .lpe { depth -= 1 }
        }
        return deepest
    }
}
