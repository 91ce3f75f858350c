import ArgumentParser
import ManuscriptCore

/// Options shared by the commands that read a manuscript.
struct ManuscriptOptions: ParsableArguments {
    @Argument(help: "The manuscript folder, holding edition.yaml.")
    var manuscript = "Manuscript"

    @Option(help: "How to print findings: text (path:line:col: …) or json.")
    var format: FindingFormat = .text

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Flag(help: "Print how long loading, each stage and writing took, on standard error.")
    var timings = false

    @Option(help: "Treat the edition as this status (draft, public-comment or final), e.g. to check a draft against release rules.")
    var status: EditionStatus?
}

extension EditionStatus: ExpressibleByArgument {}

enum FindingFormat: String, ExpressibleByArgument {
    case text
    case json
}
