import Foundation

/// Runs GP code in PARI/GP (`gp` on the PATH, or `$LODESTONE_GP`) and returns its output
/// lines: how exports are verified.
public enum PariRunner {
    public static var executable: String? {
        if let path = ProcessInfo.processInfo.environment["LODESTONE_GP"] { return path }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/gp"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// GP statements that print `name(n)` for n in `range`, one per line, or `error` for a
    /// term GP cannot compute (and stop there).
    public static func printTerms(_ name: String, _ range: ClosedRange<Int>) -> String {
        "for(n=\(range.lowerBound),\(range.upperBound), my(r=iferr(\(name)(n),E,\"error\")); print(r); if(r==\"error\", break))\n"
    }

    /// Runs `script` with a quiet gp (no colours, no history, 1 GB stack at most).
    public static func run(_ script: String, timeout: Double = 600) throws(Failure) -> [String] {
        guard let gp = executable else { throw Failure(description: "PARI/GP (gp) is not installed; install the Debian package pari-gp") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gp)
        process.arguments = ["-q", "-f", "-D", "parisizemax=1000000000", "-D", "colors=no", "-D", "readline=0"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "\(gp): cannot run: \(error.localizedDescription)") }
        let writer = Thread {
            input.fileHandleForWriting.write(Data((script + "\nquit\n").utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let deadline = DispatchTime.now() + timeout
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        killer.cancel()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let problems = errorText.split(separator: "\n").filter { !$0.contains("Warning") && !$0.contains("warning") }
        if process.terminationStatus != 0 || !problems.isEmpty {
            throw Failure(description: "gp failed: \(problems.first.map(String.init) ?? "exit status \(process.terminationStatus)")")
        }
        return lines.last == "" ? Array(lines.dropLast()) : lines
    }
}
