import CZlib

/// Reads a text file line by line, plain or gzip-compressed (zlib reads both),
/// handing out each line as bytes without copying it into a `String`.
public final class LineReader {
    private let file: gzFile
    public let path: String
    public private(set) var lineNumber = 0

    public init(path: String) throws(DataFileError) {
        guard let f = gzopen(path, "rb") else { throw DataFileError(path: path, line: nil, message: "cannot open the file") }
        _ = gzbuffer(f, 1 << 14)  // (zlib inflates twice this ahead of a small read)
        file = f
        self.path = path
    }

    deinit { gzclose(file) }

    /// Calls `body` with every line (without `\n` or `\r\n`) and its 1-based number.
    /// Set by `stop()`: `forEachLine` returns after the line it is at.
    private var stopped = false

    /// Ends `forEachLine` after the current line (called from its body).
    public func stop() { stopped = true }

    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(DataFileError) -> Void) throws(DataFileError) {
        // Chunks start small and double up to 1 MiB: a reader that stops after a few lines
        // (`only` rows near the start of a file) inflates and scans only a little of it.
        var chunkSize = 1 << 14
        var buffer = [UInt8](repeating: 0, count: 1 << 14)
        var carry: [UInt8] = []
        while !stopped {
            if buffer.count < chunkSize { buffer = [UInt8](repeating: 0, count: chunkSize) }
            let got = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(chunkSize)) }
            chunkSize = min(chunkSize * 2, 1 << 20)
            if got < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw DataFileError(path: path, line: lineNumber + 1, message: "cannot read: \(message)")
            }
            if got == 0 { break }
            try buffer.withUnsafeBufferPointer { (all) throws(DataFileError) in
                let chunk = UnsafeBufferPointer(rebasing: all[0..<Int(got)])
                var start = 0
                var i = 0
                while i < chunk.count && !stopped {
                    if chunk[i] == 10 {
                        if carry.isEmpty {
                            try emit(UnsafeBufferPointer(rebasing: chunk[start..<i]), body)
                        } else {
                            carry.append(contentsOf: chunk[start..<i])
                            let line = carry
                            carry = []
                            try line.withUnsafeBufferPointer { (l) throws(DataFileError) in try emit(l, body) }
                        }
                        start = i + 1
                    }
                    i += 1
                }
                if !stopped { carry.append(contentsOf: chunk[start..<chunk.count]) }
            }
        }
        if !carry.isEmpty && !stopped {
            let line = carry
            try line.withUnsafeBufferPointer { (l) throws(DataFileError) in try emit(l, body) }
        }
    }

    private func emit(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(DataFileError) -> Void) throws(DataFileError) {
        lineNumber += 1
        var end = line.count
        if end > 0 && line[end - 1] == 13 { end -= 1 }
        try body(UnsafeBufferPointer(rebasing: line[0..<end]), lineNumber)
    }
}
