import LODACore
import LODANumber

/// What the run loop does for an instruction, decided when compiling: the common
/// arithmetic opcodes get one form per operand shape (`C`: the source is a small
/// constant, `D`: a direct cell), so the per-step code does no operand decoding.
/// Every other case (indirect operands, big constants, targets beyond the memory
/// limit) runs the general `slow` form, which handles big values and all checks.
@usableFromInline
enum Form: UInt8, Sendable {
    case movC, movD, addC, addD, subC, subD, mulC, mulD, divC, divD, modC, modD
    case arithC, arithD  // any other arithmetic opcode on small values
    case slow  // arithmetic in its general form
    case lpbCounter, lpeCounter  // counter-mode loop on a direct cell
    case lpb, lpe  // region mode, or a counter through a pointer or constant
    case region, seq, prg, dbg, nop
    case block  // the virtual evaluator's call of a block (`VirtualBlock`), then a jump past it
}
