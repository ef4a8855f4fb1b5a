import LODANumber

extension Operand {
    /// `5`, `$5` or `$$5`. With `infinityAware`, constants beyond the magnitude
    /// limit print as `inf`, as the reference's error messages show them.
    public func formatted(infinityAware: Bool = false) -> String {
        switch self {
        case .constant(let n): return infinityAware && !n.isWithinLimit ? "inf" : n.description
        case .direct(let n): return "$\(n)"
        case .indirect(let n): return "$$\(n)"
        }
    }
}

extension Instruction {
    /// The canonical text: `name target,source`, `lpb $n` without `,1`,
    /// 0-operand opcodes by name, then ` ; comment` when there is one.
    public func formatted(infinityAware: Bool = false) -> String {
        if opcode == .nop {
            guard let comment else { return "nop" }
            return comment.isEmpty ? ";" : "; \(comment)"
        }
        var text = opcode.name
        switch opcode.info.maxOperands {
        case 0: break
        default:
            text += " " + target.formatted(infinityAware: infinityAware)
            if !(opcode == .lpb && source == .value(1)) {
                text += "," + source.formatted(infinityAware: infinityAware)
            }
        }
        if let comment { text += comment.isEmpty ? " ;" : " ; \(comment)" }
        return text
    }
}

extension Instruction: CustomStringConvertible {
    public var description: String { formatted() }
}

extension Program: CustomStringConvertible {
    /// The program in LODA's file layout: header comments, a blank line, the
    /// directives, a blank line, then the code with loop bodies indented by two spaces.
    public var description: String {
        var lines: [String] = []
        var index = 0
        while index < instructions.count, instructions[index].isCommentLine {
            lines.append(instructions[index].formatted())
            index += 1
        }
        var directives: [String] = []
        if let offsetDirective { directives.append("#offset \(offsetDirective)") }
        if let inputs { directives.append("#inputs \(inputs)") }
        if let outputs { directives.append("#outputs \(outputs)") }
        if !directives.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += directives
        }
        if !lines.isEmpty && index < instructions.count { lines.append("") }
        var depth = 0
        for ins in instructions[index...] {
            if ins.opcode == .lpe { depth = Swift.max(0, depth - 1) }
            lines.append(String(repeating: "  ", count: depth) + ins.formatted())
            if ins.opcode == .lpb { depth += 1 }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
