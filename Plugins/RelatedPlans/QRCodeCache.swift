import Foundation

/// QR code images already made in this process, by URL. `assemble preview` rebuilds on every
/// save; the codes of addresses that did not change are reused instead of encoded again (the
/// image is a function of the URL alone).
final class QRCodeCache: @unchecked Sendable {
    static let shared = QRCodeCache()
    private let lock = NSLock()
    private var images: [String: QRCodeImage] = [:]

    func image(for url: String) -> QRCodeImage? {
        if let image = lock.withLock({ images[url] }) { return image }
        guard let image = QRCodeImage(url: url) else { return nil }
        lock.withLock {
            if images.count >= 1_000 { images.removeAll() }
            images[url] = image
        }
        return image
    }
}
