import Foundation
import Testing
@testable import PreviewServer

/// The preview's own HTTP: request heads read as sent (the target unnormalised, for ``SitePath``
/// to judge), anything else refused, and responses that close their connection.
struct HTTPExchangeTests {
    static func head(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        ("GET /a/../b HTTP/1.1\r\nHost: x\r\n\r\n", "GET", "/a/../b"),
        ("GET /%2e%2e/etc HTTP/1.0\r\n\r\n", "GET", "/%2e%2e/etc"),
        ("POST /x?y=1 HTTP/1.1\r\n\r\n", "POST", "/x?y=1"),
        // The absolute form names its path after the authority; SitePath refuses what is in it.
        ("GET http://127.0.0.1/../../etc/passwd HTTP/1.1\r\n\r\n", "GET", "/../../etc/passwd"),
        ("GET http://127.0.0.1 HTTP/1.1\r\n\r\n", "GET", "/"),
    ])
    func requestLinesAreReadAsSent(text: String, method: String, target: String) throws {
        let request = try #require(HTTPRequest(head: Self.head(text)))
        #expect(request.method == method && request.target == target)
    }

    @Test(arguments: ["", "\r\n\r\n", "GET\r\n\r\n", "GET /\r\n\r\n", "GET / SPDY/3\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n"])
    func malformedRequestLinesAreNotRequests(text: String) {
        #expect(HTTPRequest(head: Self.head(text)) == nil)
    }

    @Test func responsesSayTheirLengthAndClose() {
        let response = HTTPResponse(status: 404, headers: [("Content-Type", "text/plain")], body: .bytes(Data("not found\n".utf8)))
        #expect(String(decoding: response.head, as: UTF8.self)
                == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\n")
    }

    @Test func anEventQueueKeepsTheNewestAndEndsWhenClosed() {
        let queue = EventQueue(capacity: 2)
        var closed = 0
        queue.onClose = { closed += 1 }
        for event in ["a", "b", "c"] { queue.push(Array(event.utf8)) }
        #expect(queue.next() == Array("b".utf8))
        #expect(queue.next() == Array("c".utf8))
        queue.close()
        queue.close()
        #expect(queue.next() == nil)
        #expect(closed == 1)
    }
}
