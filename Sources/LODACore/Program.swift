/// A LODA program: instructions (including comment lines) and directives.
public struct Program: Hashable, Sendable {
    public var instructions: [Instruction]
    /// `#offset`: the first index of the sequence (default 0).
    public var offsetDirective: Int?
    /// `#inputs` / `#outputs`: only meaningful for programs called by `prg`.
    public var inputs: Int?
    public var outputs: Int?

    public init(_ instructions: [Instruction] = [], offset: Int? = nil, inputs: Int? = nil, outputs: Int? = nil) {
        self.instructions = instructions
        self.offsetDirective = offset
        self.inputs = inputs
        self.outputs = outputs
    }

    public var offset: Int { offsetDirective ?? 0 }

    /// Instructions that execute (everything but comment lines).
    public var code: [Instruction] {
        instructions.contains(where: \.isCommentLine) ? instructions.filter { !$0.isCommentLine } : instructions
    }

    /// The leading comment lines (the header: A-number and name, terms, ...).
    public var header: [String] {
        var lines: [String] = []
        for ins in instructions {
            guard ins.isCommentLine else { break }
            lines.append(ins.comment ?? "")
        }
        return lines
    }
}
