import Foundation
import LODACoordinator
import LODAEvaluator
import LODAWorker
import Testing

/// The dashboard at `/` in a real headless browser (Chromium from Debian; CI installs it):
/// the page loads without errors and shows the numbers `/status` reports.
@Suite(.serialized)
struct DashboardTests {
    static var chromium: String? {
        if let path = ProcessInfo.processInfo.environment["LODESTONE_CHROMIUM"] { return path }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The page's DOM after its scripts ran, and the browser's log.
    static func render(_ url: String) throws -> (dom: String, log: String) {
        let browser = try #require(chromium, "Chromium is needed for the dashboard test (Debian package chromium)")
        let home = Paths.temporary("chromium-home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(home)/profile", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=8000", "--dump-dom", url
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let log = Shared(Data())
        let collect = DispatchQueue(label: "chromium-log")
        collect.async { log.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        collect.sync {}
        return (String(decoding: dom, as: UTF8.self), String(decoding: log.withLock { $0 }, as: UTF8.self))
    }

    static func text(of id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\">") else { return nil }
        guard let end = dom[start.upperBound...].firstIndex(of: "<") else { return nil }
        return String(dom[start.upperBound..<end])
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    @Test("the dashboard loads in Chromium without errors and shows the numbers of /status")
    func dashboardInBrowser() async throws {
        let dir = Paths.temporary("dashboard")
        let db = try await Backend.sqlite.freshDatabase(in: dir, suite: "dashboard")
        let s = try ServerUnderTest(dir: dir, db: db, extra: ["--unit-candidates", "4000", "--lease-seconds", "20"])
        let worker = try s.worker("a", arguments: ["--units", "2"])
        #expect(worker.waitForExit() == 0, "\(worker.text)")
        let status = try s.status()
        #expect(status.store.programs > 0 && status.store.unitsDone == 2)
        #expect(status.store.findsByHour.reduce(0, +) == (status.store.submissions["accepted"] ?? 0) + (status.store.submissions["improved"] ?? 0))
        #expect(!status.store.latestFinds.isEmpty && status.store.latestFinds.allSatisfy { !$0.name.isEmpty })

        let (dom, log) = try Self.render(s.url)
        #expect(dom.contains("data-loaded=\"1\""), "the page did not render /status: \(dom.prefix(2000))\n\(log.suffix(2000))")
        #expect(Self.text(of: "errors", in: dom) == "", "errors shown on the page: \(dom)")
        #expect(!log.contains("Uncaught"), "script errors: \(log)")
        let expected: [(String, Int)] = [
            ("programs", status.store.programs), ("units-done", status.store.unitsDone),
            ("units-leased", status.store.unitsLeased), ("candidates", status.store.candidatesDone),
            ("finds-last-hour", status.store.findsLastHour), ("workers-count", status.store.workerCount)
        ]
        for (id, value) in expected {
            #expect(Self.text(of: id, in: dom) == Self.grouped(value), "\(id): page \(Self.text(of: id, in: dom) ?? "missing"), /status \(value)")
        }
        // The latest finds with their names, and the accepted count in the submissions table.
        let latest = status.store.latestFinds[0]
        #expect(dom.contains(latest.name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")), "latest find's name missing")
        #expect(dom.contains("data-status=\"accepted\">\(Self.grouped(status.store.submissions["accepted"] ?? 0))<"))
        // The charts are drawn: one bar per hour.
        #expect(dom.components(separatedBy: "<rect").count - 1 >= 24)
        s.process.killHard()
    }
}
