import FlyingFox
import FlyingSocks
import Foundation

/// The Server-Sent Events stream open pages listen on: one `build` event per finished build.
public final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    public init() {}

    public var listenerCount: Int { lock.withLock { listeners.count } }

    /// Sends `data` (one line of JSON) to every open page as event `name`.
    public func publish(_ name: String, data: String) {
        let bytes = Array("event: \(name)\ndata: \(data)\n\n".utf8)
        lock.withLock { for listener in listeners.values { listener.yield(bytes) } }
    }

    /// A comment line to every page, so connections of closed pages fail and are dropped.
    func heartbeat() {
        let bytes = Array(": heartbeat\n\n".utf8)
        lock.withLock { for listener in listeners.values { listener.yield(bytes) } }
    }

    /// The response for `GET /_preview/events`: an endless chunked body of events.
    func response() -> HTTPResponse {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        // A reconnecting page waits 300 ms, not the browser's default 3 s.
        continuation.yield(Array("retry: 300\n: connected\n\n".utf8))
        lock.withLock { listeners[id] = continuation }
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}

/// An `AsyncStream` of event bytes as the buffered byte sequence FlyingFox streams as chunks.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let buffer = Array(pending.prefix(Swift.max(count, 1)))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
