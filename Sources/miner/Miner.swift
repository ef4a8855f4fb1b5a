import ArgumentParser
import MinerCLI

@main
struct Miner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miner",
        abstract: "Lodestone: run, check and mine LODA programs for integer sequences.",
        subcommands: [
            MineCommand.self, EvalCommand.self, CheckCommand.self, ExportCommand.self, FoldCommand.self, UnfoldCommand.self, ProfileCommand.self, LookupCommand.self,
            GuessCommand.self, OptimizeCommand.self, MinimizeCommand.self, BenchCommand.self, ReplCommand.self,
            ServeCommand.self, WorkerCommand.self, StatusCommand.self
        ],
        defaultSubcommand: MineCommand.self)
}
