/// A program id such as `A000045` (OEIS sequence) or `P000001` (`prg` callee).
///
/// In a `seq`/`prg` operand an id is one integer: the domain letter's distance from
/// `A` in bits 48 and up, the number in the low 48 bits, so `45` means `A000045`.
public struct ProgramID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The domain letter as an ASCII code (`A` = 65).
    public var domain: UInt8
    public var number: Int

    public init(domain: Character = "A", number: Int) {
        self.domain = domain.asciiValue ?? 65
        self.number = number
    }

    /// Parses `A000045`, `A45` or `a000045`.
    public init?(_ text: some StringProtocol) {
        guard let first = text.first, first.isLetter, let ascii = first.uppercased().first?.asciiValue,
            ascii >= 65, ascii <= 90
        else { return nil }
        let digits = text.dropFirst()
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let n = Int(digits)
        else { return nil }
        domain = ascii
        number = n
    }

    public var letter: Character { Character(Unicode.Scalar(domain)) }

    public var description: String {
        let digits = String(number)
        return String(letter) + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The integer that names this id in a `seq` or `prg` operand.
    public var operandValue: Int { (Int(domain) - 65) << 48 | number }

    /// Where the program lives below a programs folder: `oeis/000/A000045.asm`.
    public var relativePath: String {
        let folder: String
        switch letter {
        case "A": folder = "oeis"
        case "P": folder = "prg"
        case "U": folder = "local"
        default: folder = String(letter).lowercased()
        }
        let bucket = String(number / 1000)
        return "\(folder)/\(String(repeating: "0", count: max(0, 3 - bucket.count)) + bucket)/\(self).asm"
    }

    public static func < (a: ProgramID, b: ProgramID) -> Bool {
        (a.domain, a.number) < (b.domain, b.number)
    }
}
