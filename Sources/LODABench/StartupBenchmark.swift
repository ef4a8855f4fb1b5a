import Foundation
import LODAEvaluator

/// Wall time from starting this executable to its exit, for commands on a one-line program:
/// what a user waits for when a script calls `miner eval` many times.
public enum StartupBenchmark {
    struct Case {
        let name: String
        let arguments: [String]
    }

    /// `miner` is the executable started (this one, for `miner bench`).
    public static func run(miner: String, runs: Int, sequences: String) throws -> String {
        try withTemporaryFolder("startup") { folder in try run(miner: miner, runs: runs, sequences: sequences, folder: folder) }
    }

    static func run(miner executable: String, runs: Int, sequences: String, folder: String) throws -> String {
        let square = folder + "/square.asm", fibonacci = folder + "/A000045.asm"
        try "mov $1,$0\nmul $0,$1\n".write(toFile: square, atomically: true, encoding: .utf8)
        try "mov $3,1\nlpb $0\n  sub $0,1\n  mov $2,$1\n  add $1,$3\n  mov $3,$2\nlpe\nmov $0,$1\n"
            .write(toFile: fibonacci, atomically: true, encoding: .utf8)
        var cases = [
            Case(name: "miner eval (one-line program, 10 terms)", arguments: ["eval", square, "-t", "10"]),
            Case(name: "miner eval --help", arguments: ["eval", "--help"])
        ]
        if FileManager.default.fileExists(atPath: sequences) {
            cases.append(Case(name: "miner check (A000045, shipped data)", arguments: ["check", fibonacci, "--sequences", sequences, "--programs", folder]))
        }
        var lines: [String] = []
        for c in cases {
            var times: [Double] = []
            for _ in 0..<runs {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let status = try spawnAndWait(executable, c.arguments)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                if status != 0 { throw StartupFailure(arguments: c.arguments) }
            }
            times.sort()
            lines.append(String(format: "%@: median %.1f ms, fastest %.1f ms (%d runs)", c.name, times[times.count / 2], times[0], runs))
        }
        lines.append("(wall time from spawn to exit; the machine is shared, so compare medians)")
        return lines.joined(separator: "\n")
    }
}

/// Starts `path` with `arguments` (output to /dev/null) and waits for it: posix_spawn and
/// waitpid, as a shell does (Foundation's `Process` polls for the exit and adds tens of ms).
func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
    let pid = try spawn(path, arguments)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return exitCode(status)
}

/// Runs `path` with `arguments` (output to /dev/null); returns its exit status, wall seconds
/// and peak resident memory in MiB: the child's own high-water mark (VmHWM), read while it
/// runs, because wait4's ru_maxrss would include this process's memory, which a spawned
/// child inherits until it execs.
func spawnAndMeasure(_ path: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double, peakMiB: Double) {
    let started = monotonicNanoseconds()
    let pid = try spawn(path, arguments)
    var status: Int32 = 0
    var peakKiB = 0.0
    while true {
        let done = waitpid(pid, &status, WNOHANG)
        if done == pid || (done < 0 && errno != EINTR) { break }
        if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = line.split(separator: " ").compactMap({ Double($0) }).first
        {
            peakKiB = max(peakKiB, kib)
        }
        usleep(5_000)
    }
    return (exitCode(status), Double(monotonicNanoseconds() - started) / 1e9, peakKiB / 1024)
}

private func spawn(_ path: String, _ arguments: [String]) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw StartupFailure(arguments: arguments) }
    return pid
}

private func exitCode(_ status: Int32) -> Int32 { (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f) }
