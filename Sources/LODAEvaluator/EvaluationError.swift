import LODACore

/// Why a term could not be computed. `description` is the reference's message text,
/// one sentence, so that output can be compared with loda-cpp byte for byte.
public enum EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A result was undefined or reached 2^3840 and cannot be stored.
    case overflow(cell: Int, operation: String)
    /// A write beyond the memory limit (`operation` nil for region/loop lengths).
    case memoryExceeded(Int, operation: String?)
    /// Cells have non-negative indices.
    case negativeIndex(Int)
    /// The step limit guards against programs that run (practically) forever.
    case stepsExceeded(limit: Int, operation: String)
    /// Too many nested open loops.
    case stackExceeded(Int)
    /// A loop was still open at the end of the program.
    case unclosedLoop
    /// An `lpe` closes no loop (the reference crashes here; we refuse to run).
    case unmatchedLoopEnd(SourceLocation?)
    /// A constant where a cell address is needed (region operations, `prg`, region loops).
    case constantAddress
    /// A constant as the target of a write.
    case constantTarget
    /// An index, length or id that does not fit in a signed 64-bit integer.
    case integerOverflow
    /// An infinite literal used as an index.
    case infinity
    /// `seq` below the callee's offset.
    case invalidSeqArgument
    /// A program calls itself, directly or through others.
    case recursion(ProgramID)
    /// A called program that failed to load before in this evaluation.
    case programNotFound(ProgramID)
    /// A called program's file is missing or unreadable.
    case fileOpen(String)
    /// A called program's text is not valid LODA.
    case calleeParse(ParseError)
    case invalidUIDDomain(String)
    case invalidUIDNumber(Int)
    case unsupportedPrgID(String)
    /// A `prg` callee must declare `#inputs` and `#outputs`.
    case directiveNotFound(String)
    /// The wall-clock limit (per term or per evaluation) ran out.
    case timeout
    /// Someone (Ctrl-C in the REPL, a deadline in `check`) asked the evaluation to stop.
    case cancelled

    public var description: String {
        switch self {
        case .overflow(let cell, let op): return "Overflow in cell $\(cell); last operation: \(op)"
        case .memoryExceeded(let i, let op?): return "Maximum memory exceeded: \(i); last operation: \(op)"
        case .memoryExceeded(let i, nil): return "Maximum memory exceeded: \(i)"
        case .negativeIndex(let i): return "Memory access with negative index: \(i)"
        case .stepsExceeded(let limit, let op): return "Exceeded maximum number of steps (\(limit)); last operation: \(op)"
        case .stackExceeded(let n): return "Maximum stack size exceeded: \(n)"
        case .unclosedLoop: return "execution error"
        case .unmatchedLoopEnd(let loc?): return "\(loc): lpe without a matching lpb"
        case .unmatchedLoopEnd(nil): return "lpe without a matching lpb"
        case .constantAddress: return "Cannot get address of a constant"
        case .constantTarget: return "Cannot set value of a constant"
        case .integerOverflow: return "Integer overflow"
        case .infinity: return "Infinity error"
        case .invalidSeqArgument: return "seq using invalid argument"
        case .recursion(let id): return "Recursion detected: \(id)"
        case .programNotFound(let id): return "Program not found: \(id)"
        case .fileOpen(let path): return "Error opening file: \(path)"
        case .calleeParse(let e): return e.description
        case .invalidUIDDomain(let d): return "Invalid UID domain: '\(d)'"
        case .invalidUIDNumber(let n): return "Invalid UID number: \(n)"
        case .unsupportedPrgID(let id): return "Unsupported program ID for prg operation: \(id)"
        case .directiveNotFound(let name): return "directive not found: \(name)"
        case .timeout: return "maximum evaluation time exceeded"
        case .cancelled: return "evaluation cancelled"
        }
    }
}
