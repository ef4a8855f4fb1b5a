import Foundation
import LODACoordinator
import LODAProgramStore

/// The worker's local journal of finds not yet acknowledged by the coordinator: one JSON
/// object per line, appended and flushed to disk before a find is sent (a `find` line), and
/// an `ack` line once the coordinator answered it. Reopening drops acknowledged finds, so a
/// restarted worker resends exactly what was never answered. A line that cannot be read (a
/// torn last line after a crash, a damaged file) is never dropped in silence: it is appended
/// to `PATH.unreadable` and counted in `unreadable`.
public final class Journal: @unchecked Sendable {  // `fd` is set in init and closed in deinit; `pending` and `order` change only under `lock`
    struct Line: Codable {
        var find: SubmissionRequest?
        var ack: String?
    }

    public let path: String
    private let lock = NSLock()
    private var fd: Int32 = -1
    private let lockFD: Int32
    private var pending: [String: SubmissionRequest] = [:]
    private var order: [String] = []
    /// Lines that could not be read when the journal was opened (kept in `unreadablePath`).
    public let unreadable: Int
    public var unreadablePath: String { path + ".unreadable" }

    public init(path: String) throws {
        self.path = path
        // One worker per journal: a second one would send and acknowledge the same finds.
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        lockFD = open(path + ".lock", O_RDWR | O_CREAT, 0o600)
        guard lockFD >= 0, flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            throw JournalError("\(path): the journal is in use by another worker (use --journal to give each worker its own)")
        }
        var finds: [String: SubmissionRequest] = [:]
        var order: [String] = []
        var unreadableLines = Data()
        var unreadable = 0
        if let data = FileManager.default.contents(atPath: path) {
            for raw in data.split(separator: UInt8(ascii: "\n")) {
                guard let line = try? JSONDecoder().decode(Line.self, from: Data(raw)) else {
                    unreadable += 1
                    unreadableLines.append(contentsOf: raw)
                    unreadableLines.append(UInt8(ascii: "\n"))
                    continue
                }
                if let f = line.find, finds[f.key] == nil {
                    finds[f.key] = f
                    order.append(f.key)
                }
                if let a = line.ack { finds[a] = nil }
            }
        }
        order = order.filter { finds[$0] != nil }
        self.unreadable = unreadable
        // Lines that cannot be read are kept aside (synced) before compaction drops them here.
        if unreadable > 0 {
            let aside = open(path + ".unreadable", O_WRONLY | O_CREAT | O_APPEND, 0o600)
            guard aside >= 0, ProgramStore.writeAll(aside, unreadableLines), fsync(aside) == 0 else {
                if aside >= 0 { close(aside) }
                throw JournalError("\(path).unreadable: cannot keep the journal's unreadable lines: \(String(cString: strerror(errno)))")
            }
            close(aside)
        }
        // Compact: rewrite with only the unanswered finds, atomically.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var text = Data()
        for key in order {
            text.append(try encoder.encode(Line(find: finds[key])))
            text.append(UInt8(ascii: "\n"))
        }
        let temporary = path + ".tmp"
        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard out >= 0 else { throw JournalError("\(temporary): cannot write the journal: \(String(cString: strerror(errno)))") }
        let written = ProgramStore.writeAll(out, text)
        let synced = fsync(out) == 0
        close(out)
        guard written, synced, rename(temporary, path) == 0 else {
            throw JournalError("\(path): cannot write the journal: \(String(cString: strerror(errno)))")
        }
        fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { throw JournalError("\(path): cannot open the journal: \(String(cString: strerror(errno)))") }
        pending = finds
        self.order = order
    }

    deinit {
        close(fd)
        close(lockFD)
    }

    /// Unanswered finds, oldest first.
    public var unanswered: [SubmissionRequest] {
        lock.lock()
        defer { lock.unlock() }
        return order.compactMap { pending[$0] }
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    /// Records a find durably (written and synced before this returns).
    public func append(_ find: SubmissionRequest) throws {
        try write(Line(find: find))
        lock.lock()
        pending[find.key] = find
        order.append(find.key)
        lock.unlock()
    }

    /// Records that the coordinator answered `key` (whatever the answer). Not synced: an
    /// acknowledgement lost in a crash only makes the find be sent again, and the coordinator
    /// answers a repeated key with its first answer.
    public func acknowledge(_ key: String) throws {
        lock.lock()
        let known = pending.removeValue(forKey: key) != nil
        if known, order.count > 64, order.count > 2 * pending.count { order.removeAll { pending[$0] == nil } }
        lock.unlock()
        if known { try write(Line(ack: key), sync: false) }
    }

    private func write(_ line: Line, sync: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var data = try encoder.encode(line)
        data.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        let ok = ProgramStore.writeAll(fd, data)
        guard ok, !sync || fsync(fd) == 0 else { throw JournalError("\(path): cannot append to the journal: \(String(cString: strerror(errno)))") }
    }
}
