import CSpawn
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
    /// Seconds a client has to send its request head, and for each write to go out: a browser on
    /// this machine needs far less; a client that stalls must not hold a thread.
    let patience: Double
    static let maximumConnections = 64
    private let connections = NSLock()
    private var open = 0

    /// Binds and listens; the message names the address and, for a taken port, what to do.
    init(host: String, port: UInt16, patience: Double = 30) throws(PreviewServer.ListenError) {
        self.patience = patience
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
        // The address as bound, in its canonical form, with the port the kernel chose for 0.
        var chosen = sockaddr_storage()
        var chosenLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &chosen) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &chosenLength) } }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let (boundHost, boundPort): (String, UInt16) = withUnsafeBytes(of: chosen) { bytes in
            let offsets = isIPv6 ? (MemoryLayout.offset(of: \sockaddr_in6.sin6_addr)!, MemoryLayout.offset(of: \sockaddr_in6.sin6_port)!)
                                 : (MemoryLayout.offset(of: \sockaddr_in.sin_addr)!, MemoryLayout.offset(of: \sockaddr_in.sin_port)!)
            let written = inet_ntop(isIPv6 ? AF_INET6 : AF_INET, bytes.baseAddress! + offsets.0, &text, socklen_t(text.count))
            return (written == nil ? host : String(cString: text), UInt16(bigEndian: bytes.load(fromByteOffset: offsets.1, as: UInt16.self)))
        }
        self.descriptor = descriptor
        address = isIPv6 ? "[\(boundHost)]:\(boundPort)" : "\(boundHost):\(boundPort)"
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
            let connection = cspawn_accept_cloexec(descriptor)
            guard connection >= 0 else {
                // A connection that went away before it was taken, or a signal: take the next one.
                // Anything else (no descriptors left) lasts a while: wait rather than spin.
                if ![EINTR, ECONNABORTED, EAGAIN].contains(errno) { usleep(100_000) }
                continue
            }
            let admitted = connections.withLock {
                guard open < Self.maximumConnections else { return false }
                open += 1
                return true
            }
            guard admitted else {
                // Answered here, briefly, so that a flood cannot hold the loop that takes connections.
                Self.setTimeout(SO_SNDTIMEO, 0.1, on: connection)
                Self.answer(connection, HTTPResponse(status: 503, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Data("busy\n".utf8))))
                Self.finish(connection, lingering: 0.1)
                continue
            }
            let thread = Thread { [self] in
                Self.handle(connection, patience: patience, respond)
                Self.finish(connection)
                connections.withLock { open -= 1 }
            }
            thread.start()
        }
    }


    /// Reads one request head and answers it.
    private static func handle(_ connection: Int32, patience: Double, _ respond: (HTTPRequest?) -> HTTPResponse) {
        setTimeout(SO_SNDTIMEO, patience, on: connection)
        let deadline = Date().addingTimeInterval(patience)
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
            // One deadline for the whole head, however slowly its bytes come.
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return }
            setTimeout(SO_RCVTIMEO, left, on: connection)
            let count = recv(connection, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            head += buffer[0..<count]
        }
        answer(connection, respond(HTTPRequest(head: head)))
    }

    private static func answer(_ connection: Int32, _ response: HTTPResponse) {
        var queue: EventQueue?
        if case .events(let events) = response.body { queue = events }
        // However the answer ends, an event stream's page is gone from the channel after it.
        defer { queue?.close() }
        guard write(response.head, to: connection) else { return }
        switch response.body {
        case .bytes(let data):
            _ = write(Array(data), to: connection)
        case .events(let queue):
            // Until the page goes: a failed or stalled write (a heartbeat finds it) ends it.
            while let event = queue.next() {
                guard write(event, to: connection) else { break }
            }
        }
    }

    /// Ends the connection so that what the client sent but was not read (a refused head) does not
    /// turn the answer into a reset: the answer's end is sent, what is left is read briefly, then closed.
    private static func finish(_ connection: Int32, lingering: Double = 1) {
        shutdown(connection, Int32(SHUT_WR))
        let deadline = Date().addingTimeInterval(lingering)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < maximumHead, case let left = deadline.timeIntervalSinceNow, left > 0 {
            setTimeout(SO_RCVTIMEO, left, on: connection)
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            drained += count
        }
        close(connection)
    }

    private static func setTimeout(_ option: Int32, _ seconds: Double, on connection: Int32) {
        let whole = max(0, seconds.rounded(.down))
        var limit = timeval(tv_sec: Int(whole), tv_usec: Int((seconds - whole) * 1_000_000) + (whole == 0 ? 1 : 0))
        setsockopt(connection, SOL_SOCKET, option, &limit, socklen_t(MemoryLayout<timeval>.size))
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
