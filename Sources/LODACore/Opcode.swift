import LODANumber

/// Every LODA opcode, in the reference's enum order.
///
/// `Opcode.info` is the one instruction table: the parser, printer, evaluator,
/// validator and program generators all read it instead of keeping their own lists.
public enum Opcode: UInt8, CaseIterable, Sendable {
    case nop  // no operation; also carries stand-alone comments
    case mov  // t := s
    case add  // t := t + s
    case sub  // t := t - s
    case trn  // t := max(t - s, 0)
    case mul  // t := t * s
    case div  // t := t / s (truncated)
    case dif  // t := t / s if s divides t, else t
    case dir  // t := t divided by s as often as it divides
    case mod  // t := t mod s (sign of t)
    case pow  // t := t ^ s
    case gcd  // t := gcd(t, s)
    case lex  // t := number of times |s| divides |t|
    case bin  // t := binomial(t, s)
    case fac  // t := t (t+1) ... rising/falling with |s| factors
    case log  // t := floor(log_s(t))
    case nrt  // t := floor(t^(1/s))
    case dgs  // t := digit sum of t in base s
    case dgr  // t := digital root of t in base s
    case equ  // t := t == s
    case neq  // t := t != s
    case leq  // t := t <= s
    case geq  // t := t >= s
    case min  // t := min(t, s)
    case max  // t := max(t, s)
    case ban  // t := t & s
    case bor  // t := t | s
    case bxo  // t := t ^ s (xor)
    case lpb  // loop begin: repeat while the counter (or region) decreases and stays >= 0
    case lpe  // loop end
    case clr  // clear the region of s cells at t
    case fil  // fill the region of s cells at t with the value of t
    case rol  // rotate the region of s cells at t left by one
    case ror  // rotate the region of s cells at t right by one
    case seq  // t := A-sequence number s evaluated at t
    case prg  // call P-program s on the cells at t
    case dbg  // print memory

    /// What an opcode is, for everything that treats opcodes generically.
    public struct Info: Sendable {
        public enum Kind: Sendable { case nop, arithmetic, loopBegin, loopEnd, region, seq, prg, debug }
        public let name: String
        public let kind: Kind
        /// Operands written in the source: 0, 2, or 1...2 for `lpb`.
        public let minOperands: Int
        public let maxOperands: Int
        /// Whether the old value of the target is an input of the operation.
        public let readsTarget: Bool
        /// Whether the operation changes the cell named by the target.
        public let writesTarget: Bool
        /// The arithmetic kernel for two-operand arithmetic opcodes.
        public let arithmetic: ArithmeticOperation?
    }

    public var info: Info { Opcode.table[Int(rawValue)] }
    /// The opcode's kind and arithmetic kernel, read without copying its table entry (whose
    /// name is a string): the search and the compiler read them for every instruction.
    public var kind: Info.Kind { Opcode.kinds[Int(rawValue)] }
    public var arithmetic: ArithmeticOperation? { Opcode.kernels[Int(rawValue)] }
    static let kinds: [Info.Kind] = table.map(\.kind)
    static let kernels: [ArithmeticOperation?] = table.map(\.arithmetic)
    public var name: String { info.name }

    static let table: [Info] = Opcode.allCases.map { op in
        switch op {
        case .nop: return Info(name: "nop", kind: .nop, minOperands: 0, maxOperands: 0, readsTarget: false, writesTarget: false, arithmetic: nil)
        case .lpe: return Info(name: "lpe", kind: .loopEnd, minOperands: 0, maxOperands: 0, readsTarget: false, writesTarget: false, arithmetic: nil)
        case .dbg: return Info(name: "dbg", kind: .debug, minOperands: 0, maxOperands: 0, readsTarget: false, writesTarget: false, arithmetic: nil)
        case .lpb: return Info(name: "lpb", kind: .loopBegin, minOperands: 1, maxOperands: 2, readsTarget: true, writesTarget: false, arithmetic: nil)
        case .clr, .fil, .rol, .ror:
            return Info(name: "\(op)", kind: .region, minOperands: 2, maxOperands: 2, readsTarget: op != .clr, writesTarget: true, arithmetic: nil)
        case .seq: return Info(name: "seq", kind: .seq, minOperands: 2, maxOperands: 2, readsTarget: true, writesTarget: true, arithmetic: nil)
        case .prg: return Info(name: "prg", kind: .prg, minOperands: 2, maxOperands: 2, readsTarget: true, writesTarget: true, arithmetic: nil)
        default:
            let arithmetic = Opcode.arithmeticOperation(op)!
            return Info(
                name: "\(op)", kind: .arithmetic, minOperands: 2, maxOperands: 2,
                readsTarget: op != .mov, writesTarget: true, arithmetic: arithmetic)
        }
    }

    /// The arithmetic kernel of each arithmetic opcode, named one to one.
    static func arithmeticOperation(_ op: Opcode) -> ArithmeticOperation? {
        switch op {
        case .mov: .mov
        case .add: .add
        case .sub: .sub
        case .trn: .trn
        case .mul: .mul
        case .div: .div
        case .dif: .dif
        case .dir: .dir
        case .mod: .mod
        case .pow: .pow
        case .gcd: .gcd
        case .lex: .lex
        case .bin: .bin
        case .fac: .fac
        case .log: .log
        case .nrt: .nrt
        case .dgs: .dgs
        case .dgr: .dgr
        case .equ: .equ
        case .neq: .neq
        case .leq: .leq
        case .geq: .geq
        case .min: .min
        case .max: .max
        case .ban: .ban
        case .bor: .bor
        case .bxo: .bxo
        case .nop, .lpb, .lpe, .clr, .fil, .rol, .ror, .seq, .prg, .dbg: nil
        }
    }

    static let byName: [String: Opcode] = Dictionary(uniqueKeysWithValues: Opcode.allCases.map { ($0.info.name, $0) })

    /// Looks up a lower-case mnemonic.
    public init?(name: String) {
        guard let op = Opcode.byName[name] else { return nil }
        self = op
    }
}
