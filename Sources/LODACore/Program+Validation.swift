/// A structural defect that makes a program unfit to run.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}

extension Program {
    /// Checks loop nesting: every `lpe` closes an open `lpb`, every `lpb` is closed.
    /// (Operand kinds are checked when the program runs, as in the reference.)
    public func validateLoops() throws(ValidationError) {
        var open: [Instruction] = []
        for ins in instructions {
            switch ins.opcode {
            case .lpb: open.append(ins)
            case .lpe:
                if open.popLast() == nil {
                    throw ValidationError(message: "lpe without a matching lpb", location: ins.location)
                }
            default: break
            }
        }
        if let unclosed = open.last {
            throw ValidationError(message: "lpb without a matching lpe", location: unclosed.location)
        }
    }
}
