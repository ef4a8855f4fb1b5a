import LODACore

extension ProgramID {
    /// Decodes a `seq`/`prg` operand: the domain letter's distance from `A` in bits 48
    /// and up, the number (at most 999,999) in the low 48 bits.
    public static func decode(_ value: Int) throws(EvaluationError) -> ProgramID {
        let domain = value >> 48
        let number = value & ((1 << 48) - 1)
        guard domain >= 0 && domain < 26 else {
            let code = 65 + domain
            let text = (0...0x10FFFF).contains(code) ? String(Character(Unicode.Scalar(UInt32(code)) ?? "?")) : "?"
            throw .invalidUIDDomain(text)
        }
        guard number <= 999_999 else { throw .invalidUIDNumber(number) }
        return ProgramID(domain: Character(Unicode.Scalar(UInt8(65 + domain))), number: number)
    }
}
