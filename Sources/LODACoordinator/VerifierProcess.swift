import Foundation
import LODAEvaluator

/// A verifier child process: requests go to its stdin one JSON line each, answers come back
/// one JSON line each on its stdout.
final class VerifierProcess {
    let pid: pid_t
    let input: Int32
    let output: Int32
    private(set) var alive: Bool
    private var buffer: [UInt8] = []

    enum Answer {
        case line(Data)
        case timeout
        case ended
    }

    init(executable: String, arguments: [String]) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            (pid, input, output, alive) = (0, -1, -1, false)
            return
        }
        // (close-on-exec: no later child inherits this one's pipes; dup2 clears it on 0 and 1)
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        // Nothing else of the coordinator's reaches the child (the listening socket, other
        // children's pipes): when the coordinator ends, its children see their input end.
        VerifierProcess.closeFrom(&actions, 3)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
        for p in argv { free(p) }
        posix_spawn_file_actions_destroy(&actions)
        close(toChild[0])
        close(fromChild[1])
        // the coordinator must not die of a broken pipe when a child does
        signal(SIGPIPE, SIG_IGN)
        pid = child
        input = toChild[1]
        output = fromChild[0]
        alive = status == 0
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later; not in Swift's Glibc module).
    static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ fd: Int32) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, fd)
    }

    func exchange(_ line: Data, seconds: Double) -> Answer {
        let written = line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(input, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard written else { return .ended }
        let deadline = monotonicNanoseconds() + UInt64(seconds * 1e9)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let data = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(data)
            }
            let now = monotonicNanoseconds()
            guard now < deadline else { return .timeout }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno != EINTR { return .ended }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(output, &chunk, chunk.count)
            if n <= 0 { return .ended }
            buffer.append(contentsOf: chunk[..<n])
        }
    }

    func kill() {
        guard alive else { return }
        alive = false
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(input)
        close(output)
    }

    deinit { kill() }
}
