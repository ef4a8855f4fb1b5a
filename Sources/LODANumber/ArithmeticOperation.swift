/// The two-operand arithmetic operations of LODA: `t := f(t, s)`.
///
/// The instruction table in LODACore maps each arithmetic opcode to one of these;
/// the semantics live in `Semantics` (small values) and `BigKernel` (GMP).
public enum ArithmeticOperation: UInt8, CaseIterable, Sendable {
    case mov  // b
    case add  // a + b
    case sub  // a - b
    case trn  // max(a - b, 0)
    case mul  // a * b
    case div  // a / b truncated toward zero
    case dif  // a / b if b divides a, else a
    case dir  // repeat dif while the magnitude shrinks
    case mod  // a - b * trunc(a / b)
    case pow  // a ^ b with LODA's rules for 0, 1, -1 and negative exponents
    case gcd  // non-negative gcd
    case lex  // number of times |b| divides |a|
    case bin  // binomial coefficient, extended to negatives
    case fac  // rising (b >= 0) or falling (b < 0) factorial of a with |b| factors
    case log  // floor(log_b(a))
    case nrt  // floor(a^(1/b))
    case dgs  // sign(a) * digit sum of |a| in base b
    case dgr  // sign(a) * digital root of |a| in base b
    case equ  // a == b
    case neq  // a != b
    case leq  // a <= b
    case geq  // a >= b
    case min  // min(a, b)
    case max  // max(a, b)
    case ban  // bitwise and (two's complement)
    case bor  // bitwise or (two's complement)
    case bxo  // bitwise xor (two's complement)
}
