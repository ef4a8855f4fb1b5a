import Glibc
import LODANumber
import Synchronization

/// A folder of OEIS b-files (`n a(n)` lines): in the OEIS layout `bNNN/bNNNNNN.txt` or flat
/// (`bNNNNNN.txt`), plain or gzip (`.txt.gz`). Terms are read on first use and kept; safe to
/// share between threads.
public final class BFiles: Sendable {
    public let root: String
    /// At most this many terms are read from each file.
    public let limit: Int
    private let cache = Mutex<[SequenceID: Entry]>([:])
    /// Problems met so far (malformed lines, unreadable files), for the caller to report.
    private let problemList = Mutex<[DataFileError]>([])

    /// What a file gave: its terms from its first index, or nothing usable.
    public struct Entry: Sendable {
        public var offset: Int
        public var terms: [Number]
        public var path: String
    }

    public init(root: String, limit: Int = 1000) {
        self.root = root
        self.limit = max(1, limit)
    }

    /// The candidates for `id`'s file, in the order they are tried.
    public func paths(for id: SequenceID) -> [String] {
        let digits = String(id.description.dropFirst())
        let name = "b" + digits + ".txt"
        let folder = root + "/b" + digits.prefix(3) + "/"
        return [folder + name, folder + name + ".gz", root + "/" + name, root + "/" + name + ".gz"]
    }

    /// `id`'s b-file terms (from its first index), or nil when there is no readable file.
    /// A malformed line ends the terms there and is recorded in `problems`.
    public func entry(for id: SequenceID) -> Entry? {
        if let hit = cache.withLock({ $0[id] }) { return hit.terms.isEmpty ? nil : hit }
        var found = Entry(offset: 0, terms: [], path: "")
        for path in paths(for: id) where access(path, F_OK) == 0 {
            do {
                let (entry, problem) = try BFiles.read(path, limit: limit)
                found = entry
                if let problem { problemList.withLock { $0.append(problem) } }
            } catch {
                problemList.withLock { $0.append(error) }
            }
            break
        }
        cache.withLock { $0[id] = found }
        return found.terms.isEmpty ? nil : found
    }

    /// The terms to verify a program for `sequence` against: the b-file's when it starts at
    /// the sequence's offset, agrees with every known term and has more of them; else nil.
    public func extendedTerms(for sequence: IntegerSequence) -> [Number]? {
        guard let e = entry(for: sequence.id), e.offset == sequence.offset, e.terms.count > sequence.terms.count,
            zip(e.terms, sequence.terms).allSatisfy({ $0 == $1 })
        else { return nil }
        return e.terms
    }

    /// The problems met so far, each once; clears the list.
    public func takeProblems() -> [DataFileError] {
        problemList.withLock { list in
            defer { list = [] }
            return list
        }
    }

    /// Reads `n a(n)` lines (`#` comments and blank lines skipped) up to `limit` terms. The
    /// indices must run on by one; the first line that is not `index value` with the next
    /// index ends the terms and is returned as the problem.
    public static func read(_ path: String, limit: Int) throws(DataFileError) -> (Entry, DataFileError?) {
        let reader = try LineReader(path: path)
        var entry = Entry(offset: 0, terms: [], path: path)
        var problem: DataFileError?
        var next: Int?
        try reader.forEachLine { line, number in
            var start = 0, end = line.count
            while start < end && (line[start] == 32 || line[start] == 9) { start += 1 }
            while end > start && (line[end - 1] == 32 || line[end - 1] == 9 || line[end - 1] == 13) { end -= 1 }
            if start == end || line[start] == UInt8(ascii: "#") { return }
            var gap = start
            while gap < end && line[gap] != 32 && line[gap] != 9 { gap += 1 }
            var value = gap
            while value < end && (line[value] == 32 || line[value] == 9) { value += 1 }
            let indexText = UnsafeBufferPointer(rebasing: line[start..<gap])
            let valueText = UnsafeBufferPointer(rebasing: line[value..<end])
            guard value < end, let index = OEISFiles.parseNumber(indexText)?.intValue,
                let term = OEISFiles.parseNumber(valueText)
            else {
                problem = DataFileError(path: path, line: number, message: "expected 'n a(n)'")
                reader.stop()
                return
            }
            if let expected = next, index != expected {
                problem = DataFileError(path: path, line: number, message: "index \(index) where \(expected) was expected")
                reader.stop()
                return
            }
            if next == nil { entry.offset = index }
            next = index + 1
            entry.terms.append(term)
            if entry.terms.count >= limit { reader.stop() }
        }
        return (entry, problem)
    }
}
