import Foundation

/// The manuscript folder, and the rule that every file it names stays inside it.
struct ManuscriptFolder {
    let root: URL
    /// How the user named the folder, used as the prefix of every printed path.
    let displayPath: String
    private let resolvedRoot: String

    init(root: URL, displayPath: String) {
        self.root = root.standardizedFileURL
        self.displayPath = displayPath
        resolvedRoot = self.root.resolvingSymlinksInPath().path
    }

    func displayPath(of relative: String) -> String {
        Self.displayPath(of: relative, in: displayPath)
    }

    static func displayPath(of relative: String, in folder: String) -> String {
        folder.isEmpty || folder == "." ? relative : "\(folder)/\(relative)"
    }

    /// The edition file as printed: where findings without a more specific file go.
    var editionPath: String { displayPath(of: "edition.yaml") }

    /// Resolves a path written in the manuscript. Absolute paths, `..` and symlinks leading out are refused.
    func resolve(_ relative: String, at location: SourceLocation) throws -> URL {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.hasPrefix("~") else {
            throw AssemblyError("path '\(relative)' must be relative to the manuscript folder", at: location)
        }
        guard !relative.split(separator: "/").contains("..") else {
            throw AssemblyError("path '\(relative)' must not use '..'; files must stay inside the manuscript folder", at: location)
        }
        let url = root.appendingPathComponent(relative).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw AssemblyError("file '\(relative)' does not exist", at: location)
        }
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(resolvedRoot + "/") else {
            throw AssemblyError("path '\(relative)' leads outside the manuscript folder (through a symbolic link)", at: location)
        }
        return url
    }
}
