import ArgumentParser

extension Assemble {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Loads the manuscript and runs its stages, printing findings only; exits 1 on errors.")

        @OptionGroup var options: ManuscriptOptions

        func run() throws {
            let assembly = Assembly(options: options)
            let failed = assembly.fails(strict: options.strict)
            Report(assembly: assembly, succeeded: !failed).print(as: options.format)
            if failed { throw ExitCode.failure }
        }
    }
}
