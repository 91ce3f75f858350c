import Foundation

/// How table text measures and where it may break: Japanese breaks between any two characters except
/// where 禁則 (JIS X 4051) forbids it, and numbers stay with their units and dates with their parts.
enum TableText {
    /// Characters a line must not start with: closing brackets, small kana, the long-vowel mark,
    /// iteration marks, punctuation and the wave dash.
    static let noLineStart: Set<Character> = Set("、。，．,.・：；:;？！?!」』）】〕〉》〙〗］｝)]}”’ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ〜～％%‰℃")
    /// Characters a line must not end with: opening brackets and currency signs.
    static let noLineEnd: Set<Character> = Set("「『（【〔〈《〘〖［｛([{“‘¥￥$＄＃#")
    /// Words that precede a number: 第2期, 約3割, No.5, 令和8年.
    static let numberPrefixes = ["第", "約", "計", "全", "各", "毎", "No.", "№", "令和", "平成", "昭和", "大正", "明治"]
    /// Units that follow a number, longest first where one starts another (か所 before か).
    static let units = ["か所", "箇所", "ヶ所", "か月", "ヶ月", "カ月", "年度", "年間", "万人", "万円", "千円", "億円", "世帯", "団体",
                        "時間", "歳代", "ポイント", "年", "月", "日", "時", "分", "秒", "人", "件", "回", "円", "歳", "倍", "点", "位",
                        "割", "校", "園", "号", "条", "項", "期", "章", "節", "名", "社", "台", "本", "冊", "個", "所", "㎡", "％", "%"]
    /// Cell text that marks a matrix: present, partly, absent.
    static let marks: Set<String> = ["●", "○", "◎", "◯", "△", "▲", "×", "✓", "✔", "■", "□", "☐", "☑", "－", "-", "―", "—", "ー"]
    static let dashes: Set<String> = ["－", "-", "―", "—", "ー"]

    /// Full-width characters count 1, half-width (ASCII, half-width kana) ½.
    static func width(_ unit: some TableTextUnit) -> Double {
        guard let value = unit.leadScalar?.value else { return 0 }
        switch value {
        case 0x20...0x7E, 0xFF61...0xFF9F: return 0.5
        case 0x00...0x1F: return 0
        default: return 1
        }
    }

    /// The width of a line, with the quarter-em space Japanese typesetting (and LibreOffice and Word
    /// by default) puts between Japanese text and Latin letters or digits: 「令和 8 年」.
    static func width<Units: Sequence>(_ text: Units) -> Double where Units.Element: TableTextUnit {
        var total = 0.0
        var previous: Units.Element?
        for unit in text {
            total += width(unit)
            if let previous, previous.isASCIIAlphanumeric != unit.isASCIIAlphanumeric, isIdeographic(previous) || isIdeographic(unit) {
                total += 0.25
            }
            previous = unit
        }
        return total
    }

    /// The width of a line of text, read scalar by scalar when each stands alone (as almost all
    /// table text does): the same width without grapheme breaking.
    static func width(ofLine line: String) -> Double {
        StandaloneScalar.covers(line) ? width(line.unicodeScalars) : width(line)
    }

    /// Kanji and kana, between which and Latin text the quarter-em space goes (not brackets or punctuation).
    private static func isIdeographic(_ unit: some TableTextUnit) -> Bool {
        guard let value = unit.leadScalar?.value else { return false }
        return (0x3041...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// The widest piece of `line` that may not break: the whole line when it is short, else the
    /// widest run between two places a line may break.
    static func longestUnbreakableRun(_ line: String, width total: Double? = nil) -> Double {
        let total = total ?? width(ofLine: line)
        guard total > TableLayout.shortRun else { return total }
        // Text of standalone scalars holds no combining marks, so its bytes are searched as its characters would be.
        if StandaloneScalar.covers(line) {
            return longestUnbreakableRun(Array(line.unicodeScalars), inAddress: line.utf8Contains("://") || line.utf8Contains("www."))
        }
        return longestUnbreakableRun(Array(line), inAddress: line.contains("://") || line.contains("www."))
    }

    private static func longestUnbreakableRun<Unit: TableTextUnit>(_ units: [Unit], inAddress: Bool) -> Double {
        let glued = numberGlue(units)
        var longest = 0.0, start = 0
        for index in units.indices.dropFirst() where mayBreak(units, before: index, glued: glued, inAddress: inAddress) {
            // A space at a break hangs in the margin; it adds no width.
            longest = max(longest, trimmedWidth(units[start..<index]))
            start = index
        }
        return max(longest, width(units[start...]))
    }

    /// The width of a run without the spaces at its ends (what `trimmingCharacters(in: .whitespaces)`
    /// leaves), without making a string of it: runs are mostly one character long.
    private static func trimmedWidth<Unit: TableTextUnit>(_ run: ArraySlice<Unit>) -> Double {
        var low = run.startIndex, high = run.endIndex
        while low < high, let edge = run[low].spaceEdge(first: true) {
            guard edge else { break }
            low += 1
        }
        while high > low, let edge = run[high - 1].spaceEdge(first: false) {
            guard edge else { break }
            high -= 1
        }
        guard low < high, run[low].spaceEdge(first: true) != nil, run[high - 1].spaceEdge(first: false) != nil else {
            // A space joined with a mark into one character: trimming splits it, as Foundation does.
            return width(Unit.string(of: run).trimmingCharacters(in: .whitespaces))
        }
        return width(run[low..<high])
    }

    /// Indices that must not be broken before, because they continue a number with its prefix and
    /// unit: 「第2期」「3月19日」「令和8年」「1,234人」「12.5%」「No.3」.
    static func numberGlue<Unit: TableTextUnit>(_ units: [Unit]) -> Set<Int> {
        var glued: Set<Int> = []
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < units.count && units[index].isDigit }
        func matches(_ word: [Unit], at index: Int) -> Bool {
            index >= 0 && index + word.count <= units.count && units[index..<index + word.count].elementsEqual(word)
        }
        func isSeparator(_ index: Int) -> Bool { index < units.count && (units[index] == "," || units[index] == ".") }
        // One pass over each number (digits with , and . inside), so a long run of digits stays linear.
        var start = 0
        while start < units.count {
            guard isDigit(start) else { start += 1; continue }
            var end = start + 1
            while isDigit(end) || (isSeparator(end) && isDigit(end + 1)) { end += 1 }
            for position in start + 1..<end { glued.insert(position) }
            // 「2026年3月」「8年3月」: a date goes on after its year and month.
            if start >= 2 && (units[start - 1] == "年" || units[start - 1] == "月") && isDigit(start - 2) { glued.insert(start) }
            for prefix in Unit.numberPrefixes where matches(prefix, at: start - prefix.count) {
                for offset in 0..<prefix.count { glued.insert(start - offset) }
            }
            if let unit = Unit.numberUnits.first(where: { matches($0, at: end) }) {
                for offset in 0..<unit.count { glued.insert(end + offset) }
                // 「19日（木）」: the day of the week stays with the date.
                if unit == ["日"], matches(["（"], at: end + 1), end + 3 < units.count, Unit.weekdays.contains(units[end + 2]), units[end + 3] == "）" {
                    for offset in 1...3 { glued.insert(end + offset) }
                }
            }
            start = end
        }
        return glued
    }

    /// - parameter inAddress: the line holds a web address, which may also break after a `/`
    ///   (as LibreOffice and Word break it), so one long URL does not starve the other columns.
    static func mayBreak<Unit: TableTextUnit>(_ units: [Unit], before index: Int, glued: Set<Int>, inAddress: Bool = false) -> Bool {
        let previous = units[index - 1], next = units[index]
        if glued.contains(index) { return false }
        if previous.isSpace { return true }
        if next.isSpace { return false }
        if next.isNoLineStart || previous.isNoLineEnd { return false }
        // Latin words and numbers break only at spaces or after a hyphen; web addresses also after a slash.
        if width(previous) == 0.5 && width(next) == 0.5 { return previous == "-" || (inAddress && previous == "/" && next != "/") }
        return true
    }

    static let noLineStartScalars = Set(noLineStart.flatMap(\.unicodeScalars).map(\.value))
    static let noLineEndScalars = Set(noLineEnd.flatMap(\.unicodeScalars).map(\.value))

    /// How a column's body cells align: all marks centred, all numbers (a dash for none) to the end.
    static func alignment(of cells: [String]) -> TableLayout.Alignment {
        guard !cells.isEmpty else { return .start }
        if cells.allSatisfy({ marks.contains($0) }) && !cells.allSatisfy({ dashes.contains($0) }) { return .center }
        let values = cells.filter { !dashes.contains($0) }
        if !values.isEmpty && values.allSatisfy(isNumber) { return .end }
        return .start
    }

    /// The scalars a number can start with: most cells are words, and fail here.
    private static let numberStarts = Set("約計▲△+＋−－-0123456789０１２３４５６７８９".unicodeScalars)

    static func isNumber(_ cell: String) -> Bool {
        cell.split(separator: "\n").allSatisfy { line in
            let text = String(line).trimmingSpaces()
            guard let first = text.unicodeScalars.first, numberStarts.contains(first) else { return false }
            return NumberCell.matches(text)
        }
    }
}
