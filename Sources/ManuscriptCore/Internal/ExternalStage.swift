import Foundation

/// A stage run as another program, like a pandoc JSON filter or an mdBook preprocessor.
///
/// The program gets `{"protocol": 1, "stage", "options", "status", "document"}` as JSON on stdin and
/// must print `{"document": …, "findings": […]}` as JSON on stdout, exiting 0. Anything else, or no
/// answer within the timeout, stops the run with a message naming the stage.
struct ExternalStage {
    static let protocolVersion = 1
    let command: String
    let name: String
    let timeoutSeconds: Int
    let options: StageOptions
    let location: SourceLocation

    struct Request: Encodable {
        var `protocol` = ExternalStage.protocolVersion
        var stage: String
        var options: JSONValue
        var document: Document
    }

    struct Response: Decodable {
        var document: Document
        var findings: [ReportedFinding]?
    }

    struct ReportedFinding: Decodable {
        var severity: Severity
        var message: String
        var location: SourceLocation
    }

    func run(_ context: inout StageContext) throws {
        let executable = try resolveExecutable(root: context.manuscriptRoot)
        let request = Request(stage: name, options: options.mapping.map { JSONValue(mappingPairs: $0.pairs) } ?? .object([]),
                              document: context.document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let input = try encoder.encode(request)
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(executable, input: input, directory: context.manuscriptRoot, timeoutSeconds: timeoutSeconds)
        } catch let error as AssemblyError {
            throw AssemblyError("external stage '\(name)': \(error.message)", at: location)
        }
        if result.timedOut {
            throw AssemblyError("external stage '\(name)' did not finish within \(timeoutSeconds) s and was stopped", at: location)
        }
        guard result.status == 0 else {
            throw AssemblyError("external stage '\(name)' failed with exit status \(result.status)\(Self.excerpt(of: result.standardError))",
                                at: location)
        }
        let answer = try Self.read(result.standardOutput, name: name, at: location)
        context.document = answer.document
        context.append(answer.findings)
    }

    /// A stage's answer as the pipeline takes it: no forbidden characters in any string, then the
    /// JSON decoded, with the stage's findings escaped for the terminal. The pipeline validates the
    /// document next, as it does after every stage.
    static func read(_ output: Data, name: String, at location: SourceLocation) throws -> (document: Document, findings: [Finding]) {
        if let problem = forbiddenText(in: output) {
            throw AssemblyError("external stage '\(name)' printed \(problem); its answer passes the checks a manuscript passes", at: location)
        }
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: output)
        } catch {
            throw AssemblyError("external stage '\(name)' printed malformed JSON: \(describe(error)); expected {\"document\": …, \"findings\": […]}",
                                at: location)
        }
        // Its own findings are printed to a terminal: no controls in the message or the path.
        let findings = (response.findings ?? []).map { finding in
            var location = finding.location
            location.path = MessageText.escaped(location.path)
            return Finding(finding.severity, MessageText.escaped(finding.message), at: location, stage: name)
        }
        return (response.document, findings)
    }

    private func resolveExecutable(root: URL) throws -> URL {
        if command.contains("/") {
            let url = try ManuscriptFolder(root: root, displayPath: "").resolve(command, at: location)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw AssemblyError("external stage '\(command)' is not executable (chmod +x?)", at: location)
            }
            return url
        }
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in paths {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(command)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw AssemblyError("external stage command '\(command)' was not found on PATH", at: location)
    }

    private static func excerpt(of data: Data) -> String {
        let text = String(decoding: data.suffix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "" : ": \(MessageText.escaped(text.split(separator: "\n").suffix(5).joined(separator: " / ")))"
    }

    /// The first string of the answer holding a character no manuscript may hold (JSON escapes such
    /// as `\u0000` decode to them), described with its place in the JSON.
    static func forbiddenText(in data: Data) -> String? {
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        func search(_ value: Any, _ path: String) -> String? {
            if let text = value as? String {
                return text.unicodeScalars.first(where: SourceText.isForbidden).map { "\(MessageText.describe($0)) at \(path.isEmpty ? "top level" : path)" }
            }
            if let array = value as? [Any] {
                for (index, item) in array.enumerated() { if let found = search(item, path.isEmpty ? "\(index)" : "\(path).\(index)") { return found } }
            }
            if let object = value as? [String: Any] {
                for key in object.keys.sorted() {
                    let inner = path.isEmpty ? key : "\(path).\(key)"
                    if let found = search(key, inner) ?? search(object[key]!, inner) { return found }
                }
            }
            return nil
        }
        return search(value, "")
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            // The parser's own words say where the JSON went wrong ("Number … is not representable", a character offset).
            let detail = (context.underlyingError as NSError?).flatMap { $0.userInfo[NSDebugDescriptionErrorKey] as? String }
            let description = context.debugDescription + (detail.map { " (\(MessageText.escaped($0)))" } ?? "")
            return path.isEmpty ? description : "at \(path): \(description)"
        case DecodingError.keyNotFound(let key, let context):
            let path = (context.codingPath + [key]).map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return "missing '\(path)'"
        default:
            return "\(error)"
        }
    }
}
