import Foundation
import LODAEvaluator

/// A `miner-serve` child process on a free loopback port, for the benchmarks.
public final class CoordinatorChild {
    let process = Process()
    public let url: URL
    public let token: String
    let folder: String

    /// Starts `binary` (a `miner-serve`) with `arguments`, its token, programs and log in `folder`.
    public init(binary: String, arguments: [String], folder: String) throws {
        self.folder = folder
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw CoordinatorLoad.Failure("\(binary): the coordinator is not built; run `swift build --product miner-serve`")
        }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--listen", "127.0.0.1:0", "--token-file", folder + "/worker.token", "--programs", folder + "/programs"] + arguments
        // Its log goes to a file (a pipe would have to be drained, and the verifier processes
        // it starts would inherit it).
        let log = folder + "/serve.log"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        var port: Int?
        let started = monotonicNanoseconds()
        while port == nil {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = output.range(of: "listening on http://127.0.0.1:") {
                port = Int(output[range.upperBound...].prefix { $0.isNumber })
            } else if !process.isRunning || monotonicNanoseconds() - started > 120_000_000_000 {
                throw CoordinatorLoad.Failure("miner-serve stopped: \(output)")
            } else {
                usleep(20_000)
            }
        }
        url = URL(string: "http://127.0.0.1:\(port!)/")!
        token = ((try? String(contentsOfFile: folder + "/worker.token", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last lines the coordinator logged.
    public func logTail(_ lines: Int = 10) -> String {
        let output = (try? String(contentsOfFile: folder + "/serve.log", encoding: .utf8)) ?? ""
        return output.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    public func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
