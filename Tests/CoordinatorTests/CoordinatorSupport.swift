import Foundation
import LODACoordinator
import LODACoordinatorServer
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASequences
import LODAWorker
import Synchronization
import Testing

enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures").path
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent().path
    static var binaries: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().path
    }
    static var miner: String { binaries + "/miner" }
    static var serve: String { binaries + "/miner-serve" }

    static func temporary(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "lodestone-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// The store backends the tests run against: SQLite always, PostgreSQL when
/// `LODESTONE_POSTGRES_URL` names a server (CI starts one with Scripts/start-postgres.sh).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var postgresURL: String? { ProcessInfo.processInfo.environment["LODESTONE_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } }
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    var testDescription: String { rawValue }

    /// The `--db` argument for a fresh, empty database: a file in `dir`, or the PostgreSQL
    /// database `lodestone_<suite>` (each suite has its own, since suites run in parallel).
    func freshDatabase(in dir: String, suite: String) async throws -> String {
        switch self {
        case .sqlite:
            return dir + "/coordinator.sqlite"
        case .postgres:
            let server = Backend.postgresURL!
            try await PostgresStore(url: server).createDatabase("lodestone_\(suite)")
            var url = URLComponents(string: server)!
            url.path = "/lodestone_\(suite)"
            let store = try PostgresStore(url: url.string!)
            try await store.dropAll()
            return url.string!
        }
    }

    func freshStore(in dir: String, suite: String) async throws -> any CoordinatorStore {
        let db = try await freshDatabase(in: dir, suite: suite)
        let store: any CoordinatorStore = self == .sqlite ? try SQLiteStore(path: db) : try PostgresStore(url: db)
        try await store.migrate()
        return store
    }

    func openStore(_ db: String) throws -> any CoordinatorStore {
        self == .sqlite ? try SQLiteStore(path: db) : try PostgresStore(url: db)
    }
}

/// The 30 sequences of Tests/CoordinatorTests/Fixtures (terms, names, offsets from the OEIS data).
let fixtureDatabase: SequenceDatabase = {
    try! SequenceDatabase.load(stripped: Paths.fixtures + "/stripped", names: Paths.fixtures + "/names", offsets: Paths.fixtures + "/offsets").0
}()

/// A clock the tests move by hand.
final class TestClock: Sendable {
    let seconds = Mutex(1_000_000.0)
    func advance(_ s: Double) { seconds.withLock { $0 += s } }
    var now: @Sendable () -> Double { { self.seconds.withLock { $0 } } }
}

/// A running child process with its output collected.
final class ChildProcess: Sendable {
    let process = Process()
    private let output = Shared("")

    init(_ executable: String, _ arguments: [String], directory: String = Paths.repository) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.output.withLock { $0 += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var text: String {
        output.withLock { $0 }
    }

    /// Waits until the output contains `needle` (or the process exits, or the time is up).
    func waitFor(_ needle: String, seconds: Double = 60) -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            if text.contains(needle) { return true }
            if !process.isRunning { return text.contains(needle) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits for the exit; returns the status, or nil after `seconds` (the process is then killed).
    func waitForExit(seconds: Double = 300) -> Int32? {
        let until = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < until { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// A coordinator process (`miner-serve`) on loopback with the fixture sequences.
final class ServerUnderTest: @unchecked Sendable {  // `process` is replaced only by `restart`, while the test's other threads are not running
    let dir: String
    let db: String
    let extra: [String]
    var process: ChildProcess
    let port: Int

    var url: String { "http://127.0.0.1:\(port)/" }
    var programs: String { dir + "/programs" }
    var tokenFile: String { dir + "/worker.token" }

    init(dir: String, db: String, port: Int = 0, extra: [String] = []) throws {
        self.dir = dir
        self.db = db
        self.extra = extra
        process = try ServerUnderTest.start(dir: dir, db: db, port: port, extra: extra)
        guard process.waitFor("listening on http://127.0.0.1:", seconds: 60) else {
            throw TestFailure("the coordinator did not start: \(process.text)")
        }
        let line = process.text.split(separator: "\n").first { $0.contains("listening on http://127.0.0.1:") }!
        self.port = Int(line.split(separator: ":").last!)!
    }

    static func start(dir: String, db: String, port: Int, extra: [String]) throws -> ChildProcess {
        try ChildProcess(
            Paths.serve,
            [
                "--listen", "127.0.0.1:\(port)", "--db", db, "--programs", dir + "/programs",
                "--token-file", dir + "/worker.token",
                "--sequences", Paths.fixtures + "/stripped", "--names", Paths.fixtures + "/names",
                "--offsets", Paths.fixtures + "/offsets"
            ] + extra)
    }

    func restart() throws {
        process = try ServerUnderTest.start(dir: dir, db: db, port: port, extra: extra)
        guard process.waitFor("listening on http://127.0.0.1:", seconds: 60) else {
            throw TestFailure("the coordinator did not restart: \(process.text)")
        }
    }

    var token: String { (try? String(contentsOfFile: tokenFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
    var client: CoordinatorClient { CoordinatorClient(base: URL(string: url)!, token: token, timeout: 10) }

    /// A worker process against this coordinator, with its own programs folder and journal.
    func worker(_ name: String, journal: String? = nil, arguments: [String]) throws -> ChildProcess {
        let home = dir + "/" + name
        try FileManager.default.createDirectory(atPath: home + "/programs", withIntermediateDirectories: true)
        return try ChildProcess(
            Paths.miner,
            [
                "worker", "--coordinator", url, "--token-file", tokenFile, "--name", name,
                "--journal", journal ?? home + "/journal", "--programs", home + "/programs",
                "--sequences", Paths.fixtures + "/stripped", "--names", Paths.fixtures + "/names",
                "--offsets", Paths.fixtures + "/offsets", "--profiles", Paths.repository + "/profiles.json"
            ]
                + arguments)
    }

    func status() throws -> StatusReport { try client.status() }

    /// Polls until `condition` holds for the status (or the time is up).
    func waitUntil(seconds: Double = 120, _ condition: (StatusReport) -> Bool) -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            if let s = try? status(), condition(s) { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return false
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The folder holds exactly the current programs of the store, each with its header.
func assertFolderMatchesStore(_ store: any CoordinatorStore, folder: String) async throws {
    let current = try await store.currentPrograms()
    #expect(Set(current.map(\.sequence)).count == current.count, "one current program per sequence")
    let files = ProgramDirectory.programFiles(below: folder)
    #expect(files.count == current.count, "files in the programs folder: \(files.count), current programs: \(current.count)")
    let directory = ProgramDirectory(folder)
    for p in current {
        let sequence = try #require(fixtureDatabase[SequenceID(p.sequence)])
        let path = directory.path(for: .init(number: p.sequence))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == ProgramStore.text(of: try LODACore.Parser.parse(p.program), for: sequence), "\(path) differs from program \(p.id)")
    }
}
