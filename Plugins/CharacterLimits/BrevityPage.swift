import ManuscriptCore

/// The brevity report as one self-contained HTML page: the volume against the old plan, a bar per
/// section against its limit, and the list of everything over a limit.
struct BrevityPage {
    let report: BrevityReport

    func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <title>文字数レポート — \(report.title.xmlEscaped)</title>
        <style>
        body { font-family: "Noto Sans CJK JP", "BIZ UDPGothic", sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-left: 6px solid #1a4f8b; padding-left: .4em; margin-top: 2em; }
        table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: .35em .5em; text-align: left; vertical-align: middle; }
        th { background: #f2f5f9; } td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .bar { position: relative; height: 1.1em; background: #eef1f5; min-width: 12em; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; background: #1a4f8b; }
        .fill.warning { background: #d98a00; } .fill.error { background: #c62828; } .fill.old { background: #9e9e9e; }
        .limit { position: absolute; top: -.2em; bottom: -.2em; width: 2px; background: #000; }
        .status-error { color: #c62828; font-weight: bold; } .status-warning { color: #a86a00; font-weight: bold; }
        .meta { color: #555; } code { font-size: .9em; }
        </style>
        </head>
        <body>
        <h1>文字数レポート：\(report.title.xmlEscaped)</h1>
        <p class="meta">\(report.edition.xmlEscaped)（\(report.status.xmlEscaped)）／\(JapaneseDate.format(report.date).xmlEscaped)</p>
        \(volumes())
        \(sections())
        \(overLimits())
        </body>
        </html>

        """
    }

    private func bar(_ value: Double, of scale: Double, limit: Double?, status: String) -> String {
        let width = scale > 0 ? min(100, value / scale * 100) : 0
        let marker = limit.map { "<span class=\"limit\" style=\"left: \(percent(min(100, $0 / scale * 100)))\"></span>" } ?? ""
        return "<div class=\"bar\" aria-hidden=\"true\"><span class=\"fill \(status)\" style=\"width: \(percent(width))\"></span>\(marker)</div>"
    }

    private func percent(_ value: Double) -> String { CountFormat.plain(value) + "%" }

    private func volumes() -> String {
        var rows = ""
        let scale = max(report.volumes.map(\.pages).max() ?? 1, report.oldPlan?.pages ?? 0)
        if let old = report.oldPlan {
            rows += "<tr><th scope=\"row\">\(old.label.xmlEscaped)</th><td class=\"number\">\(CountFormat.number(old.pages)) ページ</td><td>\(bar(old.pages, of: scale, limit: nil, status: "old"))</td></tr>\n"
        }
        // Measured when every volume has its PDF; 推計 otherwise.
        let basis = report.volumes.allSatisfy { $0.pagesCounted == .measured } && !report.volumes.isEmpty ? "PDFの実測" : "推計"
        for volume in report.volumes {
            let share = report.oldPlan.map { "（\(CountFormat.number(volume.pages / $0.pages * 100))%）" } ?? ""
            let count = volume.pagesCounted == .measured ? "\(CountFormat.number(volume.pages)) ページ" : "約\(CountFormat.number(volume.pages)) ページ"
            rows += "<tr><th scope=\"row\">\(volume.title.xmlEscaped)</th><td class=\"number\">\(count)（\(volume.pagesCounted.japaneseLabel)）\(share)</td><td>\(bar(volume.pages, of: scale, limit: nil, status: ""))</td></tr>\n"
        }
        return """
            <h2>巻ごとの分量（ページ数：\(basis)）</h2>
            <table><thead><tr><th scope="col">巻</th><th scope="col">ページ数</th><th scope="col">比較</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }

    private func sections() -> String {
        var rows = ""
        let scale = report.sections.map { section in
            max(section.limit.map { $0.value } ?? section.fullwidthEquivalent, section.limit?.error ?? section.limit?.warning ?? 0)
        }.max() ?? 1
        for section in report.sections {
            let value = section.limit?.value ?? section.fullwidthEquivalent
            let unit = (section.limit.flatMap { CountingUnit(rawValue: $0.unit) } ?? .fullwidthEquivalent).japaneseLabel
                + (section.limit?.pages.map { "（\($0.japaneseLabel)）" } ?? "")
            let limit = section.limit.flatMap { $0.error ?? $0.warning }
            let status = section.limit?.status.rawValue ?? ""
            let limitText = limit.map { " ／ 上限 \(CountFormat.number($0))" } ?? ""
            rows += "<tr><th scope=\"row\">\(section.title.xmlEscaped)</th><td class=\"number\">\(CountFormat.number(value))\(limitText)<br><small>\(unit)</small></td>"
            rows += "<td class=\"number\">\(CountFormat.number(section.manuscriptSheets)) 枚</td><td>\(bar(value, of: scale, limit: limit, status: status))</td></tr>\n"
        }
        return """
            <h2>章ごとの分量と上限</h2>
            <p class="meta">棒は上限に対する分量です（黒線が上限、橙は注意、赤は超過）。原稿用紙は400字詰め換算です。</p>
            <table><thead><tr><th scope="col">章</th><th scope="col">分量</th><th scope="col">原稿用紙</th><th scope="col">上限との比較</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }

    private func overLimits() -> String {
        let over = report.measurements.filter { $0.status != .ok }
        guard !over.isEmpty else { return "<h2>上限を超えた箇所</h2>\n<p>ありません。</p>" }
        let rows = over.map { m in
            "<tr><td class=\"status-\(m.status.rawValue)\">\(m.status == .error ? "超過" : "注意")</td><td>\(m.subject.xmlEscaped)</td>"
                + "<td class=\"number\">\(CountFormat.number(m.value)) / \(CountFormat.number(m.error ?? m.warning ?? 0))</td><td><code>\(m.location.description.xmlEscaped)</code></td></tr>\n"
        }.joined()
        return """
            <h2>上限を超えた箇所（\(over.count)件）</h2>
            <table><thead><tr><th scope="col">状態</th><th scope="col">対象</th><th scope="col">分量 / 上限</th><th scope="col">場所</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }
}
