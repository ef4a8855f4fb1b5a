import LODANumber

/// Reads LODA program text.
///
/// The grammar is a token stream, as in the reference: whitespace (newlines too)
/// may stand before an opcode, an operand and a comma; after an instruction's last
/// operand only spaces and tabs are skipped before an optional `; comment`; the
/// second operand of `lpb` counts only when its comma is on the same line.
public struct Parser {
    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private let file: String?

    public init(_ text: String, file: String? = nil) {
        bytes = Array(text.utf8)
        self.file = file
    }

    /// Parses a whole program.
    public static func parse(_ text: String, file: String? = nil) throws(ParseError) -> Program {
        var parser = Parser(text, file: file)
        return try parser.parseProgram()
    }

    public mutating func parseProgram() throws(ParseError) -> Program {
        var program = Program()
        while true {
            skipWhitespace()
            guard let c = peek() else { break }
            if c == UInt8(ascii: ";") {
                program.instructions.append(.commentLine(readComment()))
            } else if c == UInt8(ascii: "#") {
                try parseDirective(into: &program)
            } else {
                let ins = try parseInstruction()
                if ins.opcode != .nop || ins.comment != nil {
                    program.instructions.append(ins)
                }
            }
        }
        return program
    }

    // MARK: - Items

    private mutating func parseInstruction() throws(ParseError) -> Instruction {
        let start = location
        let name = try readIdentifier()
        guard let op = Opcode(name: name) else { throw error("invalid operation: \(name)", at: start) }
        let info = op.info
        var target = Operand.value(0)
        var source = Operand.value(0)
        if info.maxOperands >= 1 {
            skipWhitespace()
            target = try parseOperand()
            if op == .lpb {
                source = .value(1)
                skipBlanks()
                if peek() == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    source = try parseOperand()
                }
            } else {
                skipWhitespace()
                guard peek() == UInt8(ascii: ",") else { throw error("expected separator", at: location) }
                pos += 1
                skipWhitespace()
                source = try parseOperand()
            }
        }
        skipBlanks()
        var comment: String?
        if peek() == UInt8(ascii: ";") { comment = readComment() }
        return Instruction(op, target, source, comment: comment, location: start)
    }

    private mutating func parseDirective(into program: inout Program) throws(ParseError) {
        let start = location
        pos += 1  // '#'
        skipWhitespace()
        let name = try readIdentifier()
        guard ["offset", "inputs", "outputs"].contains(name) else {
            throw error("invalid directive: \(name)", at: start)
        }
        skipWhitespace()
        let valueStart = location
        let first = pos
        if let c = peek(), c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { pos += 1 }
        while let c = peek(), isDigit(c) { pos += 1 }
        let text = String(decoding: bytes[first..<pos], as: UTF8.self)
        // The reference silently ignores the rest of the file here; we reject instead.
        guard let value = Int(text) else {
            throw error("invalid value for directive #\(name): expected a 64-bit integer", at: valueStart)
        }
        switch name {
        case "offset": program.offsetDirective = value
        case "inputs": program.inputs = value
        default: program.outputs = value
        }
        skipBlanks()
        if peek() == UInt8(ascii: ";") { _ = readComment() }
    }

    private mutating func parseOperand() throws(ParseError) -> Operand {
        let start = location
        if peek() == UInt8(ascii: "$") {
            pos += 1
            var indirect = false
            if peek() == UInt8(ascii: "$") {
                pos += 1
                indirect = true
            }
            let n = try readNumber(at: start)
            if n.signum < 0 { throw error("negative value not allowed", at: start) }
            return indirect ? .indirect(n) : .direct(n)
        }
        return .constant(try readNumber(at: start))
    }

    // MARK: - Tokens

    /// An integer literal: optional `-`, digits, no leading zeros, no `-0`.
    private mutating func readNumber(at start: SourceLocation) throws(ParseError) -> Number {
        let first = pos
        if peek() == UInt8(ascii: "-") { pos += 1 }
        let digitsStart = pos
        while let c = peek(), isDigit(c) { pos += 1 }
        let digits = pos - digitsStart
        guard digits > 0 else { throw error("Error parsing number", at: start) }
        if bytes[digitsStart] == UInt8(ascii: "0") && (digits > 1 || digitsStart > first) {
            throw error("Error parsing number", at: start)
        }
        let text = String(decoding: bytes[first..<pos], as: UTF8.self)
        guard let n = Number(decimal: text) else { throw error("Error parsing number", at: start) }
        return n
    }

    private mutating func readIdentifier() throws(ParseError) -> String {
        let start = location
        guard let c = peek(), isLetter(c) || c == UInt8(ascii: "_") else {
            throw error("invalid identifier", at: start)
        }
        let first = pos
        while let c = peek(), isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") { pos += 1 }
        return String(decoding: bytes[first..<pos], as: UTF8.self).lowercased()
    }

    /// `;` to end of line: leading blanks and `;` skipped, trailing whitespace removed.
    private mutating func readComment() -> String {
        pos += 1
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: ";") { pos += 1 }
        let first = pos
        while let c = peek(), c != UInt8(ascii: "\n") { pos += 1 }
        var last = pos
        while last > first, isWhitespace(bytes[last - 1]) { last -= 1 }
        return String(decoding: bytes[first..<last], as: UTF8.self)
    }

    private mutating func skipWhitespace() {
        while let c = peek(), isWhitespace(c) {
            pos += 1
            if c == UInt8(ascii: "\n") {
                line += 1
                lineStart = pos
            }
        }
    }

    private mutating func skipBlanks() {
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { pos += 1 }
    }

    private func peek() -> UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private var location: SourceLocation {
        // Columns count characters, not bytes.
        let col = bytes[lineStart..<min(pos, bytes.count)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return SourceLocation(line: line, column: col + 1)
    }

    private func error(_ message: String, at loc: SourceLocation) -> ParseError {
        ParseError(message, at: loc, file: file)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    private func isWhitespace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
}
