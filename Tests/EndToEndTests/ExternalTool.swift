import Foundation

/// A verification tool from Debian (epubcheck, LibreOffice, …). CI installs all of them, so there a
/// missing tool fails the test; on a developer machine without it the check is skipped with a note.
struct ExternalTool {
    let path: String

    static let java = ExternalTool(path: "/usr/bin/java")
    static let epubcheckJar = "/usr/share/java/epubcheck.jar"
    static let python = ExternalTool(path: "/usr/bin/python3")
    static let soffice = ExternalTool(path: "/usr/bin/soffice")
    static let pdftotext = ExternalTool(path: "/usr/bin/pdftotext")
    static let pdfinfo = ExternalTool(path: "/usr/bin/pdfinfo")
    static let pdffonts = ExternalTool(path: "/usr/bin/pdffonts")
    static let unoserver = ExternalTool(path: "/usr/local/bin/unoserver")
    static let unzip = ExternalTool(path: "/usr/bin/unzip")
    static let sha256sum = ExternalTool(path: "/usr/bin/sha256sum")
    static let zbarimg = ExternalTool(path: "/usr/bin/zbarimg")
    static let chromium = ExternalTool(path: "/usr/bin/chromium")

    var isInstalled: Bool { FileManager.default.fileExists(atPath: path) }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Runs headless Chromium on a page with its own profile folder under `profiles`, so parallel
    /// tests do not share one, and under `timeout`, so a browser that hangs fails the test instead of
    /// the whole run.
    static func headlessChromium(_ arguments: [String], page: URL, profiles: URL) throws -> (status: Int32, output: String) {
        let profile = profiles.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        return try ExternalTool(path: "/usr/bin/timeout").run(["120", chromium.path, "--headless", "--no-sandbox", "--disable-gpu",
                                                               "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString])
    }

    /// Runs the tool, returning its exit status and combined output.
    func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
