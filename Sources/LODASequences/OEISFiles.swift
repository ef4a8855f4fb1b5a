import LODANumber

/// Readers for the OEIS `stripped`, `names` and offsets files (plain or gzip, `#` comments).
public enum OEISFiles {
    /// Splits `A000045 rest` into the id and the bytes after the first space or colon.
    static func splitID(_ line: UnsafeBufferPointer<UInt8>) -> (SequenceID, Int)? {
        var i = 0
        while i < line.count && line[i] != 32 && line[i] != 58 && line[i] != 9 && line[i] != 44 { i += 1 }
        guard i < line.count, let n = SequenceID.parse(Array(line[0..<i])[...]) else { return nil }
        return (SequenceID(n), i)
    }

    /// `A000045 ,0,1,1,2,3,...,`. With `only`, other sequences are skipped unparsed, and reading
    /// stops when all of `only` are in (a row repeated later in the file is then not seen).
    public static func loadStripped(_ path: String, only: Set<SequenceID>? = nil) throws(DataFileError) -> ([SequenceID: [Number]], LoadReport) {
        var result: [SequenceID: [Number]] = [:]
        let report = try forEachRow(path, only: only) { id, _, terms in
            result[id] = terms
            // (the rest of the file is not read once every wanted row is in: a few programs
            // are checked without decompressing all of it)
            return only.map { result.count < $0.count } ?? true
        }
        return (result, report)
    }

    /// Every well-formed row of a stripped file (of `only`, when given): its id, the text after
    /// the id (`,0,1,1,`) and its terms; `body` returns false to stop reading. Malformed lines
    /// are reported with file and line and skipped.
    static func forEachRow(
        _ path: String, only: Set<SequenceID>? = nil,
        _ body: (SequenceID, UnsafeBufferPointer<UInt8>, [Number]) -> Bool
    ) throws(DataFileError) -> LoadReport {
        let reader = try LineReader(path: path)
        var report = LoadReport()
        try reader.forEachLine { line, number in
            report.lines += 1
            if line.isEmpty || line[0] == UInt8(ascii: "#") { return }
            guard let (id, idEnd) = splitID(line), line[idEnd] == 32 else {
                report.malformed.append(DataFileError(path: path, line: number, message: "expected 'A-number ,terms,'"))
                return
            }
            if let only, !only.contains(id) { return }
            let text = UnsafeBufferPointer(rebasing: line[(idEnd + 1)...])
            guard let terms = parseTerms(text) else {
                report.malformed.append(DataFileError(path: path, line: number, message: "malformed term list for \(id)"))
                return
            }
            report.loaded += 1
            if !body(id, text, terms) { reader.stop() }
        }
        return report
    }

    /// `,1,-2,3,` (spaces allowed around it): the terms, or nil when malformed.
    public static func parseTerms(_ text: UnsafeBufferPointer<UInt8>) -> [Number]? {
        var start = 0
        var end = text.count
        while start < end && text[start] == 32 { start += 1 }
        while end > start && (text[end - 1] == 32 || text[end - 1] == 9) { end -= 1 }
        if start == end { return [] }
        guard text[start] == UInt8(ascii: ",") else { return nil }
        var terms: [Number] = []
        var i = start + 1
        while i < end {
            var j = i
            while j < end && text[j] != UInt8(ascii: ",") { j += 1 }
            if j > i {
                guard let n = parseNumber(UnsafeBufferPointer(rebasing: text[i..<j])) else { return nil }
                terms.append(n)
            } else if j < end {
                return nil  // ",," is an empty term
            }
            i = j + 1
        }
        return terms
    }

    /// A decimal integer with an optional `-`.
    @inline(__always)
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Number? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? bytes.count - 1 : bytes.count
        guard digits > 0 else { return nil }
        if digits <= 18 {
            var v = 0
            for k in (negative ? 1 : 0)..<bytes.count {
                let d = bytes[k] &- 48
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return Number(negative ? -v : v)
        }
        return Number(decimal: Substring(decoding: bytes, as: UTF8.self))
    }

    /// `A000045: 0` (also `A000045 0` and `A000045,0`).
    public static func loadOffsets(_ path: String, only: Set<SequenceID>? = nil) throws(DataFileError) -> ([SequenceID: Int], LoadReport) {
        try loadNumbers(path, what: "offset", only: only)
    }

    /// `A000045 26`: instruction counts of published LODA programs (the yardstick for the
    /// length of found programs).
    public static func loadProgramLengths(_ path: String, only: Set<SequenceID>? = nil) throws(DataFileError) -> ([SequenceID: Int], LoadReport) {
        try loadNumbers(path, what: "length", only: only)
    }

    /// `A-number number` lines, separated by a colon, spaces or a comma (with `only`, as in
    /// `loadStripped`).
    static func loadNumbers(_ path: String, what: String, only: Set<SequenceID>? = nil) throws(DataFileError) -> ([SequenceID: Int], LoadReport) {
        let reader = try LineReader(path: path)
        var result: [SequenceID: Int] = [:]
        var report = LoadReport()
        try reader.forEachLine { line, number in
            report.lines += 1
            if line.isEmpty || line[0] == UInt8(ascii: "#") { return }
            let text = String(decoding: line, as: UTF8.self)
            let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "," })
            guard parts.count == 2, let id = SequenceID(parts[0]), let offset = Int(parts[1]) else {
                report.malformed.append(DataFileError(path: path, line: number, message: "expected 'A-number: \(what)'"))
                return
            }
            if let only, !only.contains(id) { return }
            result[id] = offset
            report.loaded += 1
            if let only, result.count == only.count { reader.stop() }
        }
        return (result, report)
    }

    /// `A000045 Fibonacci numbers: ...`.
    public static func loadNames(_ path: String) throws(DataFileError) -> ([SequenceID: String], LoadReport) {
        let reader = try LineReader(path: path)
        var result: [SequenceID: String] = [:]
        var report = LoadReport()
        try reader.forEachLine { line, number in
            report.lines += 1
            if line.isEmpty || line[0] == UInt8(ascii: "#") { return }
            guard let (id, idEnd) = splitID(line), line[idEnd] == 32 else {
                report.malformed.append(DataFileError(path: path, line: number, message: "expected 'A-number name'"))
                return
            }
            result[id] = String(decoding: line[(idEnd + 1)...], as: UTF8.self)
            report.loaded += 1
        }
        return (result, report)
    }
}
