import ArgumentParser
import RapportCore

@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "A guided-selling assistant: playbooks, a needs profile, rebuttals and a value proposition, in the terminal.",
        version: RapportVersion.current,
        subcommands: [Live.self, Practice.self, ReviewCommand.self, CommentCommand.self, ReportCommand.self, GenerateCommand.self, Lint.self, TestCommand.self, GraphCommand.self, SchemaCommand.self, SummaryCommand.self, MatchCommand.self, AccountCommand.self, AccountsCommand.self, LeadsCommand.self, PlanCommand.self, ConfigCommand.self, DatabaseCommand.self, SyncCommand.self, CallsCommand.self],
        defaultSubcommand: Live.self
    )
}
