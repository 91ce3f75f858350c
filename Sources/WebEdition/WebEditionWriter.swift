import Foundation
import ManuscriptCore

/// Writes the web edition: per volume a folder `<basename>-<volume>-html/` with an `index.html`
/// (title and the site-wide table of contents), one page per section, `style.css` and the images.
/// Pages link to each other's folders relatively, so the folders can be published side by side.
public struct WebEditionWriter {
    public var decoration: PageDecoration

    public init(decoration: PageDecoration = .none) {
        self.decoration = decoration
    }

    /// Writes every volume's folder into `folder`; returns the files written, relative to it.
    @discardableResult
    public func write(_ input: RenderInput, to folder: URL) throws -> [String] {
        try write(input) { name in
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            return url.path
        }
    }

    /// Writes every volume's folder to the paths `place` gives for names relative to the output
    /// folder (``StagedOutput/stagingPath(for:)``); returns the names.
    @discardableResult
    public func write(_ input: RenderInput, to place: (String) throws -> String) throws -> [String] {
        try input.document.volumes.filter(WebSite.publishes).flatMap { try write($0, of: input, to: place) }
    }

    /// Writes one volume's folder; returns the names written, relative to the output folder.
    @discardableResult
    public func write(_ volume: Volume, of input: RenderInput, to place: (String) throws -> String) throws -> [String] {
        let folder = input.outputs.siteFolder(volume: volume.id)
        var names: [String] = []
        for file in try WebSite(volume: volume, input: input, decoration: decoration).files() {
            let name = folder + "/" + file.name
            try file.contents.write(to: URL(fileURLWithPath: try place(name)))
            names.append(name)
        }
        return names
    }
}
