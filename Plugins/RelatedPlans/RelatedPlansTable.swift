import Foundation
import ManuscriptCore

/// Builds the table for each `related-plans` block, collecting the QR images and any problems.
struct RelatedPlansTable {
    struct Problem {
        let severity: Severity
        let message: String
        let location: SourceLocation
    }

    static let header: [[Inline]] = [[.text("計画等の名称")], [.text("概要")], [.text("掲載ページ")]]
    /// QR Code is a registered trademark of DENSO WAVE, which asks printed material to say so once.
    static let trademarkNotice = "QRコードは株式会社デンソーウェーブの登録商標です。"

    let status: EditionStatus
    private(set) var problems: [Problem] = []
    private(set) var images: [(path: String, png: Data)] = []
    private var tables = 0

    init(status: EditionStatus) { self.status = status }

    mutating func blocks(replacing block: Block, data: YAMLNode) -> [Block] {
        do {
            let mapping = try data.mapping("related-plans")
            try mapping.rejectUnknownKeys(allowed: ["id", "caption", "plans"])
            let caption = try mapping["caption"]?.inlineText("caption") ?? [.text("関連する計画")]
            let plans = try mapping.required("plans").sequence("plans").map(RelatedPlan.init)
            tables += 1
            let rows = plans.enumerated().map { index, plan in
                [plan.name, plan.summary, urlCell(plan, path: "generated/related-plans-\(tables)-\(index + 1).png")]
            }
            var table = block
            table.content = .table(Table(caption: caption, header: [Self.header], rows: rows, rowHeaderColumns: 1))
            var blocks = [table]
            if tables == 1 {
                blocks.append(Block(location: block.location, content: .paragraph([.text(Self.trademarkNotice)])))
            }
            return blocks
        } catch {
            let error = error as? AssemblyError ?? AssemblyError("\(error)", at: block.location)
            problems.append(Problem(severity: .error, message: error.message, location: error.location ?? block.location))
            // Left in place unbuilt, so references to it do not echo the error as unknown ids.
            return [block]
        }
    }

    /// The URL as a link, and its QR code under it.
    private mutating func urlCell(_ plan: RelatedPlan, path: String) -> [Inline] {
        let name = plan.name.plainText
        guard let url = plan.url, !url.isEmpty else {
            problems.append(Problem(severity: status.isRelease ? .error : .warning,
                                    message: "plan '\(name)' has no url yet, so it gets no QR code", location: plan.location))
            return []
        }
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
            problems.append(Problem(severity: .error, message: "url '\(url)' must be a full http:// or https:// address",
                                    location: plan.urlLocation))
            return []
        }
        guard let code = QRCodeCache.shared.image(for: url) else {
            problems.append(Problem(severity: .error, message: "url '\(url)' is too long for a QR code", location: plan.urlLocation))
            return []
        }
        if code.version > QRCodeImage.readableVersion {
            problems.append(Problem(severity: .warning, message: "url '\(url)' makes a version \(code.version) QR code, too dense for many phones; use a shorter address",
                                    location: plan.urlLocation))
        }
        images.append((path, code.png))
        // Placed at the url, so findings about the printed address point at the plan's row.
        return [.anchor(plan.urlLocation), .link(url: url, content: [.text(url)]), .lineBreak,
                .image(code.inlineImage(source: path, alt: "\(name)の掲載ページへのQRコード"))]
    }
}
