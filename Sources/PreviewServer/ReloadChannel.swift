import Foundation

/// The Server-Sent Events stream open pages listen on: one `build` event per finished build.
public final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [ObjectIdentifier: EventQueue] = [:]

    public init() {}

    public var listenerCount: Int { lock.withLock { listeners.count } }

    /// Sends `data` (one line of JSON) to every open page as event `name`.
    public func publish(_ name: String, data: String) {
        send(Array("event: \(name)\ndata: \(data)\n\n".utf8))
    }

    /// A comment line to every page, so connections of closed pages fail and are dropped.
    func heartbeat() {
        send(Array(": heartbeat\n\n".utf8))
    }

    private func send(_ bytes: [UInt8]) {
        let queues = lock.withLock { Array(listeners.values) }
        for queue in queues { queue.push(bytes) }
    }

    /// The response for `GET /_preview/events`: events until the page goes.
    func response() -> HTTPResponse {
        let queue = EventQueue()
        let id = ObjectIdentifier(queue)
        queue.onClose = { [weak self] in self?.remove(id) }
        // A reconnecting page waits 300 ms, not the browser's default 3 s.
        queue.push(Array("retry: 300\n: connected\n\n".utf8))
        lock.withLock { listeners[id] = queue }
        return HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store")],
                            body: .events(queue))
    }

    private func remove(_ id: ObjectIdentifier) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
