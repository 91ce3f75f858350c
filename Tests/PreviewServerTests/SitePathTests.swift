import Foundation
import Testing
@testable import PreviewServer

struct SitePathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/vision/", "vision/index.html"),
        ("/vision/overview.html", "vision/overview.html"),
        ("/vision/overview.html?x=1", "vision/overview.html"),
        ("/images/%E5%9B%B3.png", "images/図.png"),
    ])
    func pathsOfTheSite(target: String, path: String) throws {
        #expect(try SitePath(requestTarget: target).relativePath == path)
    }

    @Test(arguments: [
        "/../etc/passwd", "/vision/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fetc%2fpasswd", "/vision%2F..%2F..%2Fetc", "/%252e%252e/etc/passwd", "/%25252e%25252e/x",
        "/..\\etc\\passwd", "/%5c..%5cetc", "/./index.html", "/vision/./x.html", "//etc/passwd",
        "/.git/config", "/vision/.hidden", "/index.html%00.png", "/a%0ab", "/%C0%AE%C0%AE/etc/passwd",
    ])
    func traversalIsForbidden(target: String) {
        #expect(throws: SitePath.Refusal.forbidden) { try SitePath(requestTarget: target) }
    }

    @Test(arguments: ["http://127.0.0.1/../etc/passwd", "*", "", "etc/passwd", "C:\\Windows"])
    func onlyOriginFormPaths(target: String) {
        #expect(throws: SitePath.Refusal.notAPath) { try SitePath(requestTarget: target) }
    }
}
