import GMPShim
import LODACore
import LODANumber

/// A value read from an operand in the slow path: small, big (in a given mpz), or INF.
enum Loaded {
    case small(Int)
    case big
    case inf
}
