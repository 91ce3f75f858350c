import Foundation
import ManuscriptCore

/// A URL's QR code as a printable image: level M, a 4-module quiet zone, and the symbol at least
/// 20 mm wide (modules at least 0.33 mm) so phones read it at arm's length.
struct QRCodeImage {
    static let quietZone = 4
    static let minimumSymbolMillimetres = 20.0
    static let minimumModuleMillimetres = 0.33
    static let pixelsPerModule = 8
    /// Phones read symbols up to about this version reliably.
    static let readableVersion = 20

    let png: Data
    let version: Int
    let symbolMillimetres: Double
    let imageMillimetres: Double
    let pixelSize: Int

    init?(url: String) {
        guard let symbol = QRSymbol(encoding: url) else { return nil }
        let modules = symbol.size + 2 * Self.quietZone
        let module = max(Self.minimumSymbolMillimetres / Double(symbol.size), Self.minimumModuleMillimetres)
        version = symbol.version
        symbolMillimetres = module * Double(symbol.size)
        imageMillimetres = module * Double(modules)
        pixelSize = modules * Self.pixelsPerModule
        png = PNGEncoder.encode(columns: modules, rows: modules, scale: Self.pixelsPerModule) { column, row in
            let mx = column - Self.quietZone, my = row - Self.quietZone
            return mx >= 0 && my >= 0 && mx < symbol.size && my < symbol.size && symbol.isDark(x: mx, y: my)
        }
    }

    func inlineImage(source: String, alt: String) -> InlineImage {
        // Rounded up to 0.1 mm so the printed symbol never falls below the minimum.
        InlineImage(source: source, alt: alt, widthMillimetres: (imageMillimetres * 10).rounded(.up) / 10,
                    pixelWidth: pixelSize, pixelHeight: pixelSize)
    }
}
