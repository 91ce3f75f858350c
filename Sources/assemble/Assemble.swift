import ArgumentParser
import ManuscriptCore

@main
struct Assemble: ParsableCommand {
    // Each command names itself: otherwise ArgumentParser derives the names by reflection at every start.
    static let configuration = CommandConfiguration(
        commandName: "assemble",
        abstract: "Assembles a municipal plan from its YAML manuscript into EPUB 3 and DOCX volumes.",
        subcommands: [Build.self, Check.self, Preview.self, Release.self, Diff.self, Stages.self],
        defaultSubcommand: Build.self)

    static func main() {
        TerminationSignals.install()
        main(nil)
    }
}
