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
        ("GET HTTP://h?x/a.html HTTP/1.1\r\n\r\n", "GET", "/?x/a.html"),
        // Not an absolute URL of the web: passed on as it is, and refused there as not a path.
        ("GET ftp://h/a HTTP/1.1\r\n\r\n", "GET", "ftp://h/a"),
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

/// The listener on a real socket: a client that stalls in its request head is dropped at the
/// deadline without keeping others waiting.
struct HTTPListenerTests {
    static func connect(_ port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard fd >= 0, connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var limit = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func readAll(_ fd: Int32) -> String {
        var received = [UInt8](), buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func aStalledHeadIsDroppedAtTheDeadlineAndOthersAreServed() throws {
        let listener = try HTTPListener(host: "127.0.0.1", port: 0, patience: 1)
        let port = try #require(Int(listener.address.split(separator: ":").last ?? ""))
        Thread { listener.serve { _ in HTTPResponse(status: 200, headers: [], body: .bytes(Data("ok".utf8))) } }.start()

        let stalled = try Self.connect(port)
        defer { close(stalled) }
        _ = send(stalled, "GET / HT", 8, Int32(MSG_NOSIGNAL))
        let started = Date()
        let served = try Self.connect(port)
        defer { close(served) }
        _ = send(served, "GET / HTTP/1.1\r\n\r\n", 18, Int32(MSG_NOSIGNAL))
        #expect(Self.readAll(served).hasSuffix("\r\n\r\nok"))
        // The stalled one trickles a byte at a time, never finishing its head: it is closed at
        // the deadline for the whole head, not reprieved by each byte.
        for _ in 0..<3 { usleep(400_000); _ = send(stalled, "T", 1, Int32(MSG_NOSIGNAL)) }
        #expect(Self.readAll(stalled).isEmpty)
        #expect(Date().timeIntervalSince(started) < 4)
    }
}
