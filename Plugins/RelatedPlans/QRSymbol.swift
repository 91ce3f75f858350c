import CQREncode
import Foundation

/// A QR code symbol made by libqrencode, which owns the C matrix until it is released.
final class QRSymbol {
    private let handle: UnsafeMutablePointer<QRcode>

    /// Encodes the bytes in 8-bit mode at error correction level M (about 15% of the symbol can be
    /// restored), the level recommended for print.
    init?(encoding text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, let handle = QRcode_encodeData(Int32(bytes.count), bytes, 0, QR_ECLEVEL_M) else { return nil }
        self.handle = handle
    }

    deinit { QRcode_free(handle) }

    /// 1 to 40; phones read up to about version 20 reliably.
    var version: Int { Int(handle.pointee.version) }

    /// Modules per side, without the quiet zone.
    var size: Int { Int(handle.pointee.width) }

    /// Whether the module at (x, y) is dark; libqrencode keeps that in each byte's lowest bit.
    func isDark(x: Int, y: Int) -> Bool {
        handle.pointee.data[y * size + x] & 1 == 1
    }
}
