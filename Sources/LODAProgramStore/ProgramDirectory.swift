import Foundation
import LODACore
import LODAEvaluator
import LODASequences
import Synchronization

/// A programs folder in the LODA layout (`oeis/NNN/ANNNNNN.asm`, `prg/NNN/PNNNNNN.asm`).
/// Resolves `seq`/`prg` callees from it and reads programs by id or path.
public final class ProgramDirectory: ProgramResolver {
    public let root: String
    private struct Cache {
        var parsed: [ProgramID: Program] = [:]
        /// Ids whose file was missing, with the time of the last look.
        var absent: [ProgramID: UInt64] = [:]
    }
    private let cache = Mutex(Cache())
    /// Whether a missing file is remembered for `absentSeconds` instead of looked for on
    /// every call: a miner's candidates call missing programs over and over. Off by
    /// default (a coordinator or REPL sees a new file at once).
    public var remembersMissing: Bool {
        get { remembering.load(ordering: .relaxed) }
        set { remembering.store(newValue, ordering: .relaxed) }
    }
    private let remembering = Atomic<Bool>(false)
    static let absentSeconds: UInt64 = 2

    public init(_ root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func path(for id: ProgramID) -> String { "\(root)/\(id.relativePath)" }

    public func contains(_ id: ProgramID) -> Bool { FileManager.default.fileExists(atPath: path(for: id)) }

    public func program(for id: ProgramID) throws(EvaluationError) -> Program {
        let now = monotonicNanoseconds()
        let (cached, missingSince) = cache.withLock { ($0.parsed[id], $0.absent[id]) }
        if let cached { return cached }
        let file = path(for: id)
        if let missingSince, now &- missingSince < ProgramDirectory.absentSeconds * 1_000_000_000 { throw .fileOpen(file) }
        guard let text = try? ProgramDirectory.readText(file) else {
            guard remembersMissing else { throw .fileOpen(file) }
            cache.withLock { $0.absent[id] = now }
            throw .fileOpen(file)
        }
        do {
            let program = try Parser.parse(text, file: file)
            cache.withLock { $0.parsed[id] = program }
            return program
        } catch {
            throw .calleeParse(error)
        }
    }

    /// Forgets what it knew of `id` (its file was just written): that it was missing, and its
    /// parsed program, so that the next call and the next look at its calls read the new one.
    public func noteWritten(_ id: ProgramID) {
        cache.withLock { c in
            c.absent[id] = nil
            c.parsed[id] = nil
        }
    }

    /// Reads a file as UTF-8 text.
    public static func readText(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let text = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadInapplicableStringEncoding)
        }
        return text
    }

    /// Every sequence program (`A*.asm`) below `folder`, sorted; `prg` callees and
    /// other files are left out.
    public static func programFiles(below folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            let name = (item as NSString).lastPathComponent
            if name.hasPrefix("A") && name.hasSuffix(".asm") { files.append(base + "/" + item) }
        }
        return files.sorted()
    }
}

extension ProgramDirectory {
    /// Loads a program file: a missing or unreadable file and parse errors become one-line messages.
    public static func load(file path: String) throws(ProgramFileError) -> Program {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ProgramFileError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw ProgramFileError("\(path): is a directory, not a program file") }
        let text: String
        do { text = try readText(path) } catch { throw ProgramFileError("\(path): cannot read the file as UTF-8 text") }
        let program: Program
        do { program = try Parser.parse(text, file: path) } catch { throw ProgramFileError(error.description) }
        // An lpe that closes nothing cannot run (the reference crashes); an unclosed lpb is
        // left to the evaluator, which reports it as the reference does.
        var open = 0
        for ins in program.instructions {
            if ins.opcode == .lpb { open += 1 }
            if ins.opcode == .lpe {
                if open == 0 {
                    let at = ins.location.map { ":\($0)" } ?? ""
                    throw ProgramFileError("\(path)\(at): lpe without a matching lpb")
                }
                open -= 1
            }
        }
        return program
    }

    /// The sequences that have a program file (`A*.asm`) below `folder`, by file name.
    public static func solvedSequences(below folder: String) -> Set<SequenceID> {
        Set(programFiles(below: folder).compactMap { SequenceID(((($0 as NSString).lastPathComponent) as NSString).deletingPathExtension) })
    }

    /// The A-number a program is for: from its first comment (`; A000045: ...`) or its file name.
    public static func sequenceID(of program: Program, path: String?) -> ProgramID? {
        if let first = program.header.first {
            let token = first.prefix { $0 != ":" && $0 != " " }
            if let id = ProgramID(token), id.letter == "A" { return id }
        }
        if let path {
            let name = (path as NSString).lastPathComponent
            if name.hasSuffix(".asm"), let id = ProgramID(name.dropLast(4)) { return id }
        }
        return nil
    }
}
