/// The brevity report for Excel: Japanese headers, whole texts, every limit's subjects and then every
/// volume and chapter, each in every unit. UTF-8 with a byte-order mark and CRLF, as Excel expects.
struct BrevitySpreadsheet {
    let report: BrevityReport

    static let headers = ["状態", "巻", "章", "対象", "本文", "範囲", "上限の単位", "分量", "注意の目安", "上限", "超過分", "超過率（%）",
                          "文字数", "全角換算（字）", "原稿用紙（400字詰め・枚）", "ページ", "旧版", "旧版からの増減", "増減率（%）",
                          "ファイル", "行", "列"]

    func csv() -> String {
        var rows = [Self.headers]
        for m in report.measurements {
            rows.append([Self.status(m.status), m.label.volumes.joined(separator: "・"), m.label.chapter ?? "", m.label.name, m.label.text ?? "",
                         Self.scopeName(m.scope), m.countingUnit.japaneseLabel, CountFormat.plain(m.value), m.warning.map(CountFormat.plain) ?? "",
                         m.limit.map(CountFormat.plain) ?? "", m.overrun.map(CountFormat.plain) ?? "", m.overrunPercent.map(CountFormat.plain) ?? "",
                         CountFormat.plain(m.counts.characters), CountFormat.plain(m.counts.fullwidthEquivalent),
                         CountFormat.plain(m.counts.manuscriptSheets), CountFormat.plain(m.counts.pages), "", "", "",
                         m.location.path, "\(m.location.line)", "\(m.location.column)"])
        }
        for size in report.volumes { rows.append(sizeRow(size, scope: "巻", name: size.volume + "全体", chapter: "")) }
        for size in report.sections { rows.append(sizeRow(size, scope: "章", name: size.title, chapter: size.title)) }
        return "\u{FEFF}" + rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A volume or chapter in every unit, with its change from the previous edition in the first
    /// compared unit when there is a comparison.
    private func sizeRow(_ size: BrevitySize, scope: String, name: String, chapter: String) -> [String] {
        var previous = ["", "", ""]
        if let comparison = report.comparison, let volume = comparison.volumes.first(where: { $0.shortTitle == size.volume }) {
            let row = scope == "巻" ? volume.total : volume.chapters.first { $0.id == size.id }
            if let change = row?.changes.first {
                let unit = CountingUnit(rawValue: change.unit) ?? .pages
                previous = [change.old.map { CountFormat.plain($0) + unit.japaneseLabel } ?? "", change.change.map(CountFormat.plain) ?? "",
                            change.changePercent.map(CountFormat.plain) ?? ""]
            }
        }
        return ["", size.volume, chapter, name, "", scope, "", "", "", "", "", "",
                CountFormat.plain(size.characters), CountFormat.plain(size.fullwidthEquivalent), CountFormat.plain(size.manuscriptSheets),
                CountFormat.plain(size.pages)] + previous + ["", "", ""]
    }

    static func status(_ status: Limit.Status) -> String {
        switch status {
        case .error: "超過"
        case .warning: "注意"
        case .ok: "範囲内"
        }
    }

    static func scopeName(_ scope: String) -> String {
        switch scope {
        case "volume": return "巻"
        case "summary": return "概要版"
        case "section": return "章・節"
        case "sentence": return "文"
        default:
            let kind = scope.hasPrefix("blocks:") ? String(scope.dropFirst("blocks:".count)) : scope
            return SubjectNaming.kindNames[kind].map { "\($0)（一つずつ）" } ?? scope
        }
    }

    /// Quotes fields holding a comma, a quote or a line break (whole texts may span lines).
    private static func field(_ text: String) -> String {
        text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
