import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The preview's socket: one listening address, a thread per connection, one request per
/// connection. Small on purpose: it serves a browser on this machine, and a general HTTP stack
/// would cost every `assemble` run the loading of its libraries.
final class HTTPListener: @unchecked Sendable {
    private let descriptor: Int32
    /// The address bound, as `host:port` or `[host]:port`.
    let address: String

    static let maximumHead = 64 * 1024
    static let maximumConnections = 64
    private let connections = NSLock()
    private var open = 0

    /// Binds and listens; the message names the address and, for a taken port, what to do.
    init(host: String, port: UInt16) throws(PreviewServer.ListenError) {
        let isIPv6 = host.contains(":")
        let place = isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)"
        let made = isIPv6
            ? Self.socketAddress(sockaddr_in6()) { address in
                address.sin6_family = sa_family_t(AF_INET6)
                address.sin6_port = port.bigEndian
                return inet_pton(AF_INET6, host, &address.sin6_addr) == 1
            }
            : Self.socketAddress(sockaddr_in()) { address in
                address.sin_family = sa_family_t(AF_INET)
                address.sin_port = port.bigEndian
                return inet_pton(AF_INET, host, &address.sin_addr) == 1
            }
        guard let (storage, length) = made else {
            throw PreviewServer.ListenError(message: "cannot listen on \(host): not an IPv4 or IPv6 address")
        }
        let descriptor = socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Self.failure(place) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            let error = Self.failure(place)
            close(descriptor)
            throw error
        }
        // The port the kernel chose when asked for 0.
        var chosen = sockaddr_storage()
        var chosenLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &chosen) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &chosenLength) } }
        let boundPort = withUnsafeBytes(of: chosen) { bytes in
            UInt16(bigEndian: isIPv6 ? bytes.load(fromByteOffset: MemoryLayout.offset(of: \sockaddr_in6.sin6_port)!, as: UInt16.self)
                                     : bytes.load(fromByteOffset: MemoryLayout.offset(of: \sockaddr_in.sin_port)!, as: UInt16.self))
        }
        self.descriptor = descriptor
        address = isIPv6 ? "[\(host)]:\(boundPort)" : "\(host):\(boundPort)"
    }

    /// An address of the kind `Address`, filled by `fill` (false: the host is not one), as the
    /// storage and length `bind` takes.
    private static func socketAddress<Address>(_ empty: Address, _ fill: (inout Address) -> Bool) -> (sockaddr_storage, socklen_t)? {
        var address = empty
        guard fill(&address) else { return nil }
        var storage = sockaddr_storage()
        withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
        return (storage, socklen_t(MemoryLayout<Address>.size))
    }

    private static func failure(_ place: String) -> PreviewServer.ListenError {
        let number = errno
        let advice = number == EADDRINUSE ? "; choose another port with --port" : ""
        return PreviewServer.ListenError(message: "cannot listen on \(place): \(String(cString: strerror(number)).lowercased())\(advice)")
    }

    /// Accepts connections until the process ends, each answered on a thread of its own.
    func serve(_ respond: @escaping @Sendable (HTTPRequest?) -> HTTPResponse) -> Never {
        while true {
            let connection = accept(descriptor, nil, nil)
            guard connection >= 0 else {
                // EINTR, or a connection that went away before it was taken: keep listening.
                if errno == EMFILE || errno == ENFILE { usleep(100_000) }
                continue
            }
            // Not inherited by the external stages and LibreOffice a rebuild starts.
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            let admitted = connections.withLock {
                guard open < Self.maximumConnections else { return false }
                open += 1
                return true
            }
            guard admitted else {
                Self.answer(connection, HTTPResponse(status: 503, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Data("busy\n".utf8))))
                close(connection)
                continue
            }
            let thread = Thread { [self] in
                Self.handle(connection, respond)
                close(connection)
                connections.withLock { open -= 1 }
            }
            thread.start()
        }
    }

    /// Reads one request head (30 s at most, as a browser's is sent at once) and answers it.
    private static func handle(_ connection: Int32, _ respond: (HTTPRequest?) -> HTTPResponse) {
        var limit = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        var searched = 0
        while !head.contains(end, from: searched) {
            searched = max(0, head.count - end.count + 1)
            guard head.count < maximumHead else {
                answer(connection, HTTPResponse(status: 431, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Data("request head too large\n".utf8))))
                return
            }
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            head += buffer[0..<count]
        }
        answer(connection, respond(HTTPRequest(head: head)))
    }

    private static func answer(_ connection: Int32, _ response: HTTPResponse) {
        guard write(response.head, to: connection) else { return }
        switch response.body {
        case .bytes(let data):
            _ = write(Array(data), to: connection)
        case .events(let queue):
            // Until the page goes: a failed write (a heartbeat finds it) closes the queue.
            while let event = queue.next() {
                guard write(event, to: connection) else { break }
            }
            queue.close()
        }
    }

    private static func write(_ bytes: [UInt8], to connection: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }
}

private extension Array where Element == UInt8 {
    /// Whether `part` starts at `start` or later.
    func contains(_ part: [UInt8], from start: Int) -> Bool {
        guard count >= part.count, start <= count - part.count else { return false }
        return (start...(count - part.count)).contains { self[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
