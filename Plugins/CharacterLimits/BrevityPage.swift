import ManuscriptCore

/// The brevity report as one self-contained HTML page that reviewers print on A4 and bring to the
/// council meeting: what is over a limit first (by how much, in which unit), then each volume and
/// chapter as a bar against its limit, then the comparison with the old plan and the previous edition.
struct BrevityPage {
    let report: BrevityReport

    func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <title>分量レポート — \(report.title.xmlEscaped)</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <header>
        <h1>分量レポート：\(report.title.xmlEscaped)</h1>
        <p class="meta">\(report.edition.xmlEscaped)（\(Self.statusName(report.status))）／\(JapaneseDate.format(report.date).xmlEscaped)</p>
        \(summary())
        </header>
        \(overruns())
        \(volumes())
        \(chapters())
        \(comparison())
        \(notes())
        </body>
        </html>

        """
    }

    static let style = """
        @page { size: A4; margin: 14mm 12mm 16mm; }
        body { font-family: "BIZ UDPGothic", "BIZ UDゴシック", "Noto Sans CJK JP", sans-serif; margin: 2em auto; max-width: 62em; padding: 0 1em; color: #222; line-height: 1.5; }
        h1 { font-size: 1.45em; margin: 0 0 .2em; } h2 { font-size: 1.2em; border-left: 6px solid #1a4f8b; padding-left: .4em; margin: 1.6em 0 .5em; }
        h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
        table { border-collapse: collapse; width: 100%; margin-bottom: .6em; }
        th, td { border-bottom: 1px solid #ccc; padding: .3em .45em; text-align: left; vertical-align: top; }
        thead th { background: #eef2f7; border-bottom: 2px solid #1a4f8b; font-size: .9em; white-space: nowrap; }
        td.number, th.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .status { white-space: nowrap; font-weight: bold; }
        .status.error { color: #b71c1c; } .status.warning { color: #8a5300; } .status.ok { color: #2e6b30; font-weight: normal; }
        .text { display: block; font-size: .88em; color: #333; margin-top: .15em; }
        .where { display: block; font-size: .8em; color: #555; } code { font-size: .75em; word-break: break-all; }
        td.volume { white-space: nowrap; } td code { line-height: 1.3; display: inline-block; } table.overruns td:nth-child(3) { width: 42%; } table.overruns td:last-child { width: 11em; }
        .meta { color: #555; margin: 0; } .totals { font-size: 1.05em; margin: .6em 0 0; padding: .4em .6em; border: 1px solid #1a4f8b; }
        .bars { min-width: 15em; } .bar { display: block; margin: .1em 0 .35em; } .bar svg { display: block; width: 100%; height: 14px; }
        .bar .caption { display: block; font-size: .8em; color: #333; }
        .fill { fill: #1a4f8b; } .fill.warning { fill: #d98a00; } .fill.error { fill: #c62828; } .fill.old { fill: #9e9e9e; }
        .track { fill: #e8ecf1; } .limit { stroke: #000; stroke-width: 2; } .threshold { stroke: #000; stroke-width: 1; stroke-dasharray: 3 2; }
        .legend { font-size: .85em; color: #444; } thead th.group { text-align: center; border-bottom: 1px solid #1a4f8b; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, .bar, .totals { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          section.chapters, section.comparison { break-before: auto; }
        }
        """

    static func statusName(_ status: String) -> String {
        switch status {
        case EditionStatus.draft.rawValue: "案（作成中）"
        case EditionStatus.publicComment.rawValue: "パブリックコメント版"
        case EditionStatus.final.rawValue: "確定版"
        default: status.xmlEscaped
        }
    }

    private func summary() -> String {
        let over = report.overruns
        let errors = over.filter { $0.status == .error }.count
        // In drafts `check` reports overruns of a limit as warnings, so only the total is its count.
        let draft = report.status == EditionStatus.draft.rawValue ? "案の段階では上限を超えたものも警告として示されます。" : ""
        return "<p class=\"totals\">上限を超えた箇所 <strong>\(errors)件</strong>、注意の目安を超えた箇所 <strong>\(over.count - errors)件</strong>、"
            + "合わせて\(over.count)件で、<code>assemble check</code> の指摘の数と同じです。\(draft)"
            + "文の長さは\(CountFormat.number(Double(report.sentenceCount)))文を調べました。</p>"
    }

    /// A bar from zero to a little past the larger of the count and the limit: the fill is the count,
    /// the solid line the limit and the dashed line the warning threshold.
    static func bar(_ value: Double, limit: Double?, warning: Double?, status: String, caption: String) -> String {
        let scale = max(value, limit ?? 0, warning ?? 0, 1) * 1.15
        func x(_ v: Double) -> String { CountFormat.plain(min(200, v / scale * 200)) }
        var svg = "<rect class=\"track\" x=\"0\" y=\"2\" width=\"200\" height=\"10\"/><rect class=\"fill \(status)\" x=\"0\" y=\"2\" width=\"\(x(value))\" height=\"10\"/>"
        if let warning, warning != limit { svg += "<line class=\"threshold\" x1=\"\(x(warning))\" y1=\"0\" x2=\"\(x(warning))\" y2=\"14\"/>" }
        if let limit { svg += "<line class=\"limit\" x1=\"\(x(limit))\" y1=\"0\" x2=\"\(x(limit))\" y2=\"14\"/>" }
        return "<span class=\"bar\"><svg viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(caption.xmlEscaped)\">\(svg)</svg>"
            + "<span class=\"caption\">\(caption.xmlEscaped)</span></span>"
    }

    /// A limit's bar with its figures written out, so nothing depends on the colours.
    static func limitBar(_ m: Measurement) -> String {
        let unit = m.countingUnit
        var caption = unit.amount(m.value) + (unit.qualifier ?? "")
        if let limit = m.error { caption += "／上限 \(CountFormat.number(limit))" }
        if let warning = m.warning { caption += "（注意 \(CountFormat.number(warning))）" }
        caption += "　" + BrevitySpreadsheet.status(m.status)
        if let overrun = m.overrun { caption += " \(unit.change(overrun))" }
        return bar(m.value, limit: m.error, warning: m.warning, status: m.status.rawValue, caption: caption)
    }

    private func overruns() -> String {
        let over = report.overruns
        guard !over.isEmpty else { return "<section class=\"overruns\">\n<h2>上限を超えた箇所</h2>\n<p>ありません。すべて上限と注意の目安の範囲内です。</p>\n</section>" }
        let rows = over.map { m -> String in
            let unit = m.countingUnit
            let crossed = m.status == .error ? "上限" : "注意の目安"
            let text = m.label.text.flatMap { text in m.label.name.contains(text) ? nil : "<span class=\"text\">\(text.xmlEscaped)</span>" } ?? ""
            let chapter = m.label.chapter.flatMap { $0 == m.label.name ? nil : "<span class=\"where\">\($0.xmlEscaped)</span>" } ?? ""
            let percent = m.overrunPercent.map { "（\(CountFormat.percent($0))）" } ?? ""
            let thresholds = [m.error.map { "上限 \(unit.amount($0))" }, m.warning.map { "注意 \(unit.amount($0))" }].compactMap { $0 }.joined(separator: "<br>")
            return "<tr><td class=\"status \(m.status.rawValue)\">\(BrevitySpreadsheet.status(m.status))</td>"
                + "<td class=\"volume\">\(m.label.volumes.joined(separator: "・").xmlEscaped)</td>"
                + "<td><strong>\(m.label.name.xmlEscaped)</strong>\(chapter)\(text)</td>"
                + "<td class=\"number\">\(unit.amount(m.value))\(unit.qualifier.map { "<span class=\"where\">\($0)</span>" } ?? "")</td>"
                + "<td class=\"number\">\(thresholds)</td>"
                + "<td class=\"number\"><strong>\(unit.change(m.overrun ?? 0))</strong>\(percent)<span class=\"where\">\(crossed)を超過</span></td>"
                + "<td><code>\(m.location.description.xmlEscaped)</code></td></tr>\n"
        }.joined()
        return """
            <section class="overruns">
            <h2>上限を超えた箇所（\(over.count)件）</h2>
            <p class="legend">「超過」は上限を、「注意」は注意の目安を超えたものです。超過分は超えた値との差と、その値に対する割合です。</p>
            <table class="overruns"><thead><tr><th scope="col">状態</th><th scope="col">巻</th><th scope="col">対象</th><th scope="col" class="number">分量</th><th scope="col" class="number">上限・注意</th><th scope="col" class="number">超過分</th><th scope="col">原稿の位置</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            </section>
            """
    }

    private func volumes() -> String {
        var rows = ""
        if let old = report.oldPlan {
            rows += "<tr><th scope=\"row\">\(old.label.xmlEscaped)</th><td class=\"number\">\(CountingUnit.pages.amount(old.pages))</td><td class=\"number\">－</td><td class=\"number\">－</td>"
                + "<td class=\"bars\">\(Self.bar(old.pages, limit: nil, warning: nil, status: "old", caption: "比較の基準"))</td></tr>\n"
        }
        // Measured when every volume has its PDF; 推計 otherwise.
        let basis = report.volumes.allSatisfy { $0.pagesCounted == .measured } && !report.volumes.isEmpty ? "PDFの実測" : "推計"
        for volume in report.volumes {
            // The summary repeats the plan's text, so only the plan's own volumes are set against the old plan.
            let share = volume.id == Volume.summaryID ? nil : report.oldPlan.map { old in
                "\(old.label)の\(CountFormat.number(volume.pages / old.pages * 100))%（\(CountingUnit.pages.change(volume.pages - old.pages))）"
            }
            let bars = (volume.limits.isEmpty ? "<span class=\"legend\">上限の定めなし</span>" : volume.limits.map(Self.limitBar).joined())
                + (share.map { "<span class=\"where\">\($0.xmlEscaped)</span>" } ?? "")
            rows += "<tr><th scope=\"row\">\(volume.volume.xmlEscaped)<span class=\"where\">\(volume.title.xmlEscaped)</span></th>"
                + "<td class=\"number\">\(volume.pagesCounted == .measured ? "" : "約")\(CountingUnit.pages.amount(volume.pages))</td>"
                + "<td class=\"number\">\(CountingUnit.fullwidthEquivalent.amount(volume.fullwidthEquivalent))</td>"
                + "<td class=\"number\">\(CountingUnit.manuscriptSheets.amount(volume.manuscriptSheets))</td><td class=\"bars\">\(bars)</td></tr>\n"
        }
        return """
            <section class="volumes">
            <h2>巻ごとの分量</h2>
            <table><thead><tr><th scope="col">巻</th><th scope="col" class="number">ページ（\(basis)）</th><th scope="col" class="number">全角換算</th><th scope="col" class="number">原稿用紙</th><th scope="col">上限との比較</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            </section>
            """
    }

    private func chapters() -> String {
        var blocks = ""
        for volume in report.volumes {
            let chapters = report.sections.filter { $0.volume == volume.volume }
            guard !chapters.isEmpty else { continue }
            let rows = chapters.map { chapter -> String in
                let bars = chapter.limits.isEmpty ? "<span class=\"legend\">上限の定めなし</span>" : chapter.limits.map(Self.limitBar).joined()
                return "<tr><th scope=\"row\">\(chapter.title.xmlEscaped)</th><td class=\"number\">\(CountingUnit.fullwidthEquivalent.amount(chapter.fullwidthEquivalent))</td>"
                    + "<td class=\"number\">\(CountingUnit.manuscriptSheets.amount(chapter.manuscriptSheets))</td><td class=\"number\">\(CountingUnit.pages.amount(chapter.pages))</td>"
                    + "<td class=\"bars\">\(bars)</td></tr>\n"
            }.joined()
            blocks += """
                <h3>\(volume.volume.xmlEscaped)（\(volume.title.xmlEscaped)）</h3>
                <table><thead><tr><th scope="col">章</th><th scope="col" class="number">全角換算</th><th scope="col" class="number">原稿用紙</th><th scope="col" class="number">ページ</th><th scope="col">上限との比較</th></tr></thead>
                <tbody>
                \(rows)</tbody></table>

                """
        }
        return """
            <section class="chapters">
            <h2>章ごとの分量と上限</h2>
            <p class="legend">棒は分量、実線は上限、破線は注意の目安です（青は範囲内、橙は注意、赤は超過）。原稿用紙は400字詰め換算、ページは推定です。</p>
            \(blocks)</section>
            """
    }

    private func comparison() -> String {
        guard let comparison = report.comparison else { return "" }
        let units = comparison.units.compactMap(CountingUnit.init(rawValue:))
        let groups = units.map { "<th scope=\"colgroup\" colspan=\"3\" class=\"group\">\($0.japaneseLabel)</th>" }.joined()
        let head = units.map { _ in "<th scope=\"col\" class=\"number\">旧版</th><th scope=\"col\" class=\"number\">今回</th><th scope=\"col\" class=\"number\">増減</th>" }.joined()
        var blocks = ""
        for volume in comparison.volumes {
            let rows = ([volume.total] + volume.chapters).map { row -> String in
                let cells = zip(units, row.changes).map { unit, change -> String in
                    let difference = change.change.map { unit.change($0) + (change.changePercent.map { "（\(CountFormat.percent($0))）" } ?? "") }
                        ?? (row.presence == "added" ? "新設" : "削除")
                    return "<td class=\"number\">\(change.old.map(unit.amount) ?? "－")</td><td class=\"number\">\(change.new.map(unit.amount) ?? "－")</td>"
                        + "<td class=\"number\">\(difference)</td>"
                }.joined()
                let title = row.id == volume.id ? "<strong>\(row.title.xmlEscaped)</strong>" : row.title.xmlEscaped
                return "<tr><th scope=\"row\">\(title)</th>\(cells)</tr>\n"
            }.joined()
            blocks += """
                <h3>\(volume.shortTitle.xmlEscaped)（\(volume.title.xmlEscaped)）</h3>
                <table><thead><tr><th scope="col" rowspan="2">章</th>\(groups)</tr><tr>\(head)</tr></thead>
                <tbody>
                \(rows)</tbody></table>

                """
        }
        return """
            <section class="comparison">
            <h2>旧版との比較（\(comparison.previousEdition.xmlEscaped)）</h2>
            <p class="legend">旧版（<code>\(comparison.previousPath.xmlEscaped)</code>）を今回の数え方で数え、章は id で対応させました。増減の割合は旧版に対するものです。</p>
            \(blocks)</section>
            """
    }

    private func notes() -> String {
        "<p class=\"legend\">数え方と上限は limits.yaml のとおりです。全角換算は半角の英数字を0.5字と数えます。ページ数は limits.yaml の組み方（1行の字数・1ページの行数）による推定です。</p>"
    }
}
