import Foundation
import GRDB
import LODACoordinator
import LODAProgramStore

/// The embedded store: one SQLite file in WAL mode, through GRDB. Writers are serialized by
/// SQLite, so every write method is one immediate transaction.
public final class SQLiteStore: CoordinatorStore {
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        // Every acknowledged commit is on disk (the WAL is synced at each commit): a power loss
        // keeps every submission the coordinator answered.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // Created private from the start (SQLite gives its -wal and -shm files the same mode).
        if !FileManager.default.fileExists(atPath: path) {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 { close(fd) }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
    }

    public func migrate() async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS units (
                        id INTEGER PRIMARY KEY, profile TEXT NOT NULL, seed INTEGER NOT NULL, candidates INTEGER NOT NULL,
                        state TEXT NOT NULL, lease_id TEXT UNIQUE, worker TEXT, expires REAL, attempts INTEGER NOT NULL,
                        completed REAL, mined INTEGER, finds INTEGER);
                    CREATE INDEX IF NOT EXISTS units_by_state ON units(state, expires);
                    CREATE INDEX IF NOT EXISTS units_by_worker ON units(worker, state);
                    CREATE TABLE IF NOT EXISTS workers (name TEXT PRIMARY KEY, last_seen REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS programs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, sequence INTEGER NOT NULL, hash TEXT NOT NULL, text TEXT NOT NULL,
                        worker TEXT NOT NULL, unit INTEGER, found REAL NOT NULL, correct_terms INTEGER NOT NULL,
                        steps INTEGER NOT NULL, length INTEGER NOT NULL, current INTEGER NOT NULL, UNIQUE(sequence, hash));
                    CREATE INDEX IF NOT EXISTS programs_current ON programs(sequence, current);
                    CREATE TABLE IF NOT EXISTS submissions (
                        key TEXT PRIMARY KEY, worker TEXT NOT NULL, unit INTEGER, sequence INTEGER NOT NULL, status TEXT NOT NULL,
                        reason TEXT NOT NULL, program_id INTEGER, received REAL NOT NULL, verify_seconds REAL NOT NULL);
                    CREATE INDEX IF NOT EXISTS submissions_by_time ON submissions(status, received);
                    """)
        }
    }

    public func tokenCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tokens") ?? 0 }
    }

    public func addToken(hash: String, name: String, now: Double) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO tokens (hash, name, created) VALUES (?, ?, ?)", arguments: [hash, name, now])
        }
    }

    public func tokenName(hash: String) async throws -> String? {
        try await pool.read { db in try String.fetchOne(db, sql: "SELECT name FROM tokens WHERE hash = ?", arguments: [hash]) }
    }

    public func revokeTokens(name: String) async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM tokens WHERE name = ?", arguments: [name])
            return db.changesCount
        }
    }

    public func activeLeases(token: String, now: Double) async throws -> Int {
        try await pool.read { db in
            // the default token's workers have names without a slash, another token's are `token/...`
            if token == "default" {
                return try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM units WHERE state = 'leased' AND expires >= ? AND instr(worker, '/') = 0",
                    arguments: [now]) ?? 0
            }
            let prefix = token + "/"
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM units WHERE state = 'leased' AND expires >= ? AND substr(worker, 1, ?) = ?",
                arguments: [now, prefix.count, prefix]) ?? 0
        }
    }

    public func lease(worker: String, leaseID: String, now: Double, plan: UnitPlan) async throws -> Lease? {
        try await pool.write { db -> Lease? in
            try db.execute(
                sql: "INSERT INTO workers (name, last_seen) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET last_seen = excluded.last_seen",
                arguments: [worker, now])
            let expires = now + plan.leaseSeconds
            if let row = try Row.fetchOne(
                db, sql: "SELECT id, profile, seed, candidates, attempts FROM units WHERE state = 'leased' AND expires < ? ORDER BY id LIMIT 1",
                arguments: [now])
            {
                let id: Int64 = row["id"]
                let attempts: Int = row["attempts"]
                try db.execute(
                    sql: "UPDATE units SET lease_id = ?, worker = ?, expires = ?, attempts = attempts + 1 WHERE id = ?",
                    arguments: [leaseID, worker, expires, id])
                let unit = WorkUnit(id: id, profile: row["profile"], seed: UInt64(bitPattern: row["seed"]), candidates: row["candidates"])
                return Lease(leaseID: leaseID, unit: unit, seconds: plan.leaseSeconds, attempt: attempts + 1)
            }
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM units") ?? 0
            if let max = plan.maxUnits, last >= max { return nil }
            let id = last + 1
            let unit = WorkUnit(id: id, profile: plan.profile, seed: plan.seed(of: id), candidates: plan.candidates)
            try db.execute(
                sql: """
                    INSERT INTO units (id, profile, seed, candidates, state, lease_id, worker, expires, attempts)
                    VALUES (?, ?, ?, ?, 'leased', ?, ?, ?, 1)
                    """, arguments: [id, unit.profile, Int64(bitPattern: unit.seed), unit.candidates, leaseID, worker, expires])
            return Lease(leaseID: leaseID, unit: unit, seconds: plan.leaseSeconds, attempt: 1)
        }
    }

    public func renew(leaseID: String, now: Double, seconds: Double) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "UPDATE units SET expires = ? WHERE lease_id = ? AND state = 'leased'", arguments: [now + seconds, leaseID])
            let ok = db.changesCount == 1
            if ok { try db.execute(sql: "UPDATE workers SET last_seen = ? WHERE name = (SELECT worker FROM units WHERE lease_id = ?)", arguments: [now, leaseID]) }
            return ok
        }
    }

    public func complete(leaseID: String, now: Double, report: CompletionReport) async throws -> Bool {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE units SET state = 'done', completed = ?, mined = ?, finds = ? WHERE lease_id = ? AND state = 'leased'",
                arguments: [now, report.candidates, report.finds, leaseID])
            let ok = db.changesCount == 1
            if ok { try db.execute(sql: "UPDATE workers SET last_seen = ? WHERE name = (SELECT worker FROM units WHERE lease_id = ?)", arguments: [now, leaseID]) }
            return ok
        }
    }

    static func response(_ row: Row) -> SubmissionResponse {
        SubmissionResponse(
            status: SubmissionStatus(rawValue: row["status"]) ?? .malformed, reason: row["reason"],
            programID: row["program_id"], verifySeconds: row["verify_seconds"])
    }

    public func submission(key: String) async throws -> SubmissionResponse? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT status, reason, program_id, verify_seconds FROM submissions WHERE key = ?", arguments: [key]).map(SQLiteStore.response)
        }
    }

    public func record(
        _ s: SubmissionRecord, verified: VerifiedProgram?,
        decide: @Sendable (ReplacementPolicy.Candidate?) -> ReplacementPolicy.Decision
    ) async throws -> SubmissionResponse {
        try await pool.write { db -> SubmissionResponse in
            if let row = try Row.fetchOne(db, sql: "SELECT status, reason, program_id, verify_seconds FROM submissions WHERE key = ?", arguments: [s.key]) {
                var prior = SQLiteStore.response(row)
                prior.repeated = true
                prior.verifySeconds = 0
                return prior
            }
            var identical: Int64?
            var current: ReplacementPolicy.Candidate?
            if RecordPlan.needsLookups(s, verified: verified), let verified {
                identical = try Int64.fetchOne(db, sql: "SELECT id FROM programs WHERE sequence = ? AND hash = ?", arguments: [s.sequence, verified.hash])
                current = try Row.fetchOne(
                    db, sql: "SELECT correct_terms, steps, length FROM programs WHERE sequence = ? AND current = 1",
                    arguments: [s.sequence]
                ).map { row in
                    ReplacementPolicy.Candidate(correctTerms: row["correct_terms"], passes: true, totalSteps: row["steps"], length: row["length"])
                }
            }
            let response: SubmissionResponse
            switch RecordPlan.make(s, verified: verified, identical: identical, current: current, decide: decide) {
            case .answer(let answer):
                response = answer
            case .store(let decision, let program):
                try db.execute(sql: "UPDATE programs SET current = 0 WHERE sequence = ? AND current = 1", arguments: [s.sequence])
                let f = program.figures
                try db.execute(
                    sql: """
                        INSERT INTO programs (sequence, hash, text, worker, unit, found, correct_terms, steps, length, current)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        """, arguments: [s.sequence, program.hash, program.text, s.worker, s.unit, s.received, f.correctTerms, f.totalSteps, f.length])
                response = .stored(decision, id: db.lastInsertedRowID, s)
            }
            try db.execute(
                sql: """
                    INSERT INTO submissions (key, worker, unit, sequence, status, reason, program_id, received, verify_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [s.key, s.worker, s.unit, s.sequence, response.status.rawValue, response.reason, response.programID, s.received, s.verifySeconds])
            return response
        }
    }

    static func program(_ row: Row) -> AcceptedProgram {
        AcceptedProgram(id: row["id"], sequence: row["sequence"], program: row["text"], worker: row["worker"], unit: row["unit"], found: row["found"])
    }

    public func programs(after: Int64, limit: Int) async throws -> [AcceptedProgram] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, sequence, text, worker, unit, found FROM programs WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [after, limit]
            ).map(SQLiteStore.program)
        }
    }

    public func currentPrograms() async throws -> [AcceptedProgram] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, sequence, text, worker, unit, found FROM programs WHERE current = 1 ORDER BY id").map(SQLiteStore.program)
        }
    }

    public func status(now: Double) async throws -> StoreStatus {
        try await pool.read { db in
            var s = StoreStatus()
            s.unitsLeased = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM units WHERE state = 'leased'") ?? 0
            s.unitsDone = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM units WHERE state = 'done'") ?? 0
            s.unitsExpired = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(attempts - 1), 0) FROM units") ?? 0
            s.candidatesDone = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(mined), 0) FROM units WHERE state = 'done'") ?? 0
            s.programs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM programs WHERE current = 1") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM submissions GROUP BY status") {
                s.submissions[row["status"]] = row["n"]
            }
            s.findsLastHour =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM submissions WHERE status IN ('accepted', 'improved') AND received >= ?",
                    arguments: [now - 3600]) ?? 0
            s.workerCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM workers") ?? 0
            s.workers = try Row.fetchAll(
                db,
                sql: """
                    SELECT w.name, w.last_seen,
                           (SELECT COUNT(*) FROM units u WHERE u.worker = w.name AND u.state = 'done') AS done,
                           (SELECT COUNT(*) FROM units u WHERE u.worker = w.name AND u.state = 'leased' AND u.expires >= ?) AS active,
                           (SELECT COALESCE(SUM(mined), 0) FROM units u WHERE u.worker = w.name AND u.state = 'done' AND u.completed >= ?) AS recent
                    FROM (SELECT name, last_seen FROM workers ORDER BY last_seen DESC LIMIT \(StoreStatus.workersListed)) w ORDER BY w.name
                    """, arguments: [now, now - 3600]
            ).map { row in
                WorkerSummary(name: row["name"], lastSeen: row["last_seen"], unitsDone: row["done"], activeLeases: row["active"], candidatesLastHour: row["recent"])
            }
            let dayStart = now - 24 * 3600
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT CAST((received - ?) / 3600 AS INTEGER) AS h, COUNT(*) AS n FROM submissions
                    WHERE status IN ('accepted', 'improved') AND received >= ? GROUP BY h
                    """, arguments: [dayStart, dayStart])
            {
                let h: Int = row["h"]
                if (0..<24).contains(h) { s.findsByHour[h] += row["n"] as Int }
            }
            s.latestFinds = try Row.fetchAll(db, sql: "SELECT sequence, worker, found, length FROM programs ORDER BY id DESC LIMIT \(StoreStatus.latestListed)").map { row in
                FindSummary(sequence: row["sequence"], worker: row["worker"], found: row["found"], length: row["length"])
            }
            return s
        }
    }
}
