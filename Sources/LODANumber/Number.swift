import GMPShim

/// An exact integer: an inline `Int` when the value fits, otherwise a GMP integer.
///
/// The representation is normalised: `.big` never holds a value that fits in `Int`,
/// so equality and hashing can compare storage directly. A `Number` may exceed the
/// LODA magnitude limit (a literal in a program can); `isWithinLimit` tells.
public struct Number: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case small(Int)
        case big(BigInteger)
    }

    @usableFromInline
    var storage: Storage

    /// Results whose magnitude reaches 2^3840 are INF (the instruction fails).
    public static let limitBits = 3840

    @inlinable
    public init(_ value: Int) { storage = .small(value) }

    /// Copies a GMP value, normalising to the small form when it fits.
    public init(mpz: UnsafePointer<__mpz_struct>) {
        if lgmp_fits_slong(mpz) != 0 {
            storage = .small(lgmp_get_si(mpz))
        } else {
            storage = .big(BigInteger(copying: mpz))
        }
    }

    /// Parses an optional `-` followed by decimal digits (no other characters).
    public init?(decimal text: Substring) {
        let utf8 = text.utf8
        guard !utf8.isEmpty else { return nil }
        var negative = false
        var start = utf8.startIndex
        if utf8[start] == UInt8(ascii: "-") {
            negative = true
            start = utf8.index(after: start)
        }
        let digits = utf8[start...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if digits.count <= 18 {
            var v = 0
            for d in digits { v = v * 10 + Int(d - 48) }
            self.init(negative ? -v : v)
            return
        }
        let big = BigInteger()
        let ok = String(text).withCString { lgmp_set_str(big.z, $0, 10) } == 0
        guard ok else { return nil }
        self.init(mpz: big.z)
    }

    public init?(decimal text: String) { self.init(decimal: Substring(text)) }

    /// The value as an `Int`, or nil when it does not fit.
    @inlinable
    public var intValue: Int? {
        if case .small(let v) = storage { return v }
        return nil
    }

    public var isSmall: Bool { intValue != nil }

    /// -1, 0 or 1.
    public var signum: Int {
        switch storage {
        case .small(let v): return v.signum()
        case .big(let b): return Int(lgmp_sgn(b.z))
        }
    }

    /// Whether |value| < 2^3840, the largest magnitude a LODA cell can hold.
    public var isWithinLimit: Bool {
        switch storage {
        case .small: return true
        case .big(let b): return lgmp_bitlength(b.z) <= Number.limitBits
        }
    }

    /// Number of decimal digits of |value| (at least 1).
    public var decimalDigitCount: Int { description.utf8.count - (signum < 0 ? 1 : 0) }

    /// Calls `body` with a read-only mpz holding this value.
    public func withMpz<R>(_ body: (UnsafePointer<__mpz_struct>) throws -> R) rethrows -> R {
        switch storage {
        case .big(let b):
            return try body(b.z)
        case .small(let v):
            var tmp = __mpz_struct()
            lgmp_init(&tmp)
            defer { lgmp_clear(&tmp) }
            lgmp_set_si(&tmp, v)
            return try body(&tmp)
        }
    }

    /// The GMP value of a big number (nil for small ones); valid while the number lives.
    public var mpzPointer: UnsafePointer<__mpz_struct>? {
        if case .big(let b) = storage { return UnsafePointer(b.z) }
        return nil
    }

    /// Stores this value into `target`.
    public func store(into target: UnsafeMutablePointer<__mpz_struct>) {
        switch storage {
        case .small(let v): lgmp_set_si(target, v)
        case .big(let b): lgmp_set(target, b.z)
        }
    }

    public static let zero = Number(0)
    public static let one = Number(1)
}

extension Number: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Number: CustomStringConvertible {
    public var description: String {
        switch storage {
        case .small(let v):
            return String(v)
        case .big(let b):
            let p = lgmp_get_str10(b.z)!
            defer { lgmp_free_str(p) }
            return String(cString: p)
        }
    }
}

extension Number: Equatable, Hashable, Comparable {
    public static func == (lhs: Number, rhs: Number) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): return a == b
        case (.big(let a), .big(let b)): return lgmp_cmp(a.z, b.z) == 0
        default: return false  // normalised: a big value never equals a small one
        }
    }

    public static func < (lhs: Number, rhs: Number) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): return a < b
        case (.big(let a), .big(let b)): return lgmp_cmp(a.z, b.z) < 0
        case (.small, .big(let b)): return lgmp_sgn(b.z) > 0
        case (.big(let a), .small): return lgmp_sgn(a.z) < 0
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .small(let v): hasher.combine(v)
        case .big(let b): hasher.combine(lgmp_hash(b.z))
        }
    }
}
