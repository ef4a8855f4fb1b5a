import ArgumentParser
import CEdit
import Foundation
import LODAEvaluator
import LODAREPL
import MinerCLI

/// The evaluation that Ctrl-C should stop (set while the REPL runs).

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Write, run and debug LODA programs interactively.",
        discussion: """
            Type instructions to append them to the program, or commands starting with ':' (:help lists \
            them). With a terminal, lines are edited with libedit (arrow keys, Ctrl-A/E, Ctrl-R; loaded \
            when the REPL starts, plain lines without it) and kept in ~/.lodestone_history; piped input \
            is read line by line without prompts.
            Example: printf 'mov $1,$0\\nmul $1,$1\\nmov $0,$1\\n:eval 5\\n' | miner repl
            """)

    @Argument(help: "A program file or an A-number to load first.")
    var program: String?

    @Option(name: .long, help: "Programs folder for A-numbers and seq calls.")
    var programs: String = "programs"

    @OptionGroup var data: DataOptions
    @OptionGroup var bfileOptions: BFileOptions

    func run() throws {
        for warning in data.missingFileWarnings { printError(warning) }
        let session = REPLSession(
            programs: programs, sequences: data.sequences, names: data.namesIfPresent, offsets: data.offsetsIfPresent,
            indexCache: data.indexCachePath, cancellation: Interrupts.first)
        session.bfiles = bfileOptions.load()
        Interrupts.install()
        // A parent may have started us with SIGINT blocked; Ctrl-C must reach the handler.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        let interactive = isatty(0) != 0
        if let program {
            let out = session.handle(":load \(program)")
            if !out.isEmpty { print(out) }
        }
        if interactive && lodestone_edit_available() != 0 {
            print("Lodestone REPL: type LODA instructions, or :help. Ctrl-D leaves.")
            let history = (ProcessInfo.processInfo.environment["HOME"] ?? ".") + "/.lodestone_history"
            lodestone_leave_signals_to_caller()
            lodestone_read_history(history)
            defer { lodestone_write_history(history) }
            while !session.wantsExit {
                guard let raw = lodestone_readline("lodestone> ") else {
                    print("")
                    break
                }
                let line = String(cString: raw)
                free(raw)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { lodestone_add_history(line) }
                let out = session.handle(line)
                if !out.isEmpty { print(out) }
                lodestone_write_history(history)
            }
        } else {
            if interactive {
                print("Lodestone REPL: type LODA instructions, or :help. Ctrl-D leaves. (No line editing: libedit.so.2 is not installed.)")
            }
            while !session.wantsExit {
                if interactive {
                    print("lodestone> ", terminator: "")
                    flushStandardOutput()
                }
                guard let line = readLine() else { break }
                let out = session.handle(line)
                if !out.isEmpty { print(out) }
                flushStandardOutput()
            }
        }
    }
}
