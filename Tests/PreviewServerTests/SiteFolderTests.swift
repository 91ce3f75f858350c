import Foundation
import Testing
@testable import PreviewServer

struct SiteFolderTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("site-folder-\(UUID().uuidString)")

    func makeSite() throws -> SiteFolder {
        let site = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("vision"), withIntermediateDirectories: true)
        try Data("page".utf8).write(to: site.appendingPathComponent("vision/a.html"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("out.html").path, withDestinationPath: base.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("in.html").path, withDestinationPath: "vision/a.html")
        return SiteFolder(site)
    }

    @Test func servesOnlyRegularFilesInsideTheSite() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let site = try makeSite()
        #expect(try site.file(at: SitePath(requestTarget: "/vision/a.html")) != nil)
        #expect(try site.file(at: SitePath(requestTarget: "/in.html")) != nil, "a link that stays inside is fine")
        #expect(try site.file(at: SitePath(requestTarget: "/out.html")) == nil, "a link to a file outside")
        #expect(try site.file(at: SitePath(requestTarget: "/etc/passwd")) == nil, "a link to a folder outside")
        #expect(try site.file(at: SitePath(requestTarget: "/vision/")) == nil, "a folder without index.html")
        #expect(try site.file(at: SitePath(requestTarget: "/missing.html")) == nil)
    }
}
