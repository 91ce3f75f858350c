import ManuscriptCore

/// How numbers moved between two editions (第4章 → 第3章, 表5 → 表4), from the sections and blocks
/// both editions hold by id. Old text read through it compares equal to new text that differs only
/// because something before it was added or removed.
struct Renumbering: Sendable {
    struct Move: Sendable, Equatable {
        var old: String
        var new: String
        var title: String
    }

    /// Renumbered sections (chapters, 資料), in the new edition's order.
    let sections: [Move]
    private let newNumberOf: [String: String]
    private let longestOld: Int

    init(old: [Section], new: [Section]) {
        var oldNumbers: [String: String] = [:]
        for section in old {
            if let number = section.number { oldNumbers[section.id] = number }
            for block in section.blocks.flattened { if let id = block.id, let number = block.number { oldNumbers[id] = number } }
        }
        var moves: [Move] = []
        var map: [String: String] = [:]
        func record(_ id: String, _ number: String?, title: String?) {
            guard let number, let previous = oldNumbers[id], previous != number else { return }
            if map[previous] == nil { map[previous] = number }
            if let title { moves.append(Move(old: previous, new: number, title: title)) }
        }
        for section in new {
            record(section.id, section.number, title: section.title)
            for block in section.blocks.flattened { if let id = block.id { record(id, block.number, title: nil) } }
        }
        sections = moves
        newNumberOf = map
        longestOld = map.keys.map(\.count).max() ?? 0
    }

    var isEmpty: Bool { newNumberOf.isEmpty }

    /// The text with every old number replaced by its new one, all at once (so 第4章 → 第3章 and
    /// 第3章 → 第2章 do not chain), and only where the number ends (表1 is not the start of 表10).
    func applied(to text: String) -> String {
        guard !newNumberOf.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        scan: while index < characters.count {
            for length in stride(from: min(longestOld, characters.count - index), through: 1, by: -1) {
                let candidate = String(characters[index..<index + length])
                guard let replacement = newNumberOf[candidate] else { continue }
                let next = index + length < characters.count ? characters[index + length] : nil
                if let next, next.isNumber, candidate.last?.isNumber == true { continue }
                result += replacement
                index += length
                continue scan
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }
}

private extension Array where Element == Block {
    /// The blocks with those inside callouts, which carry numbers too.
    var flattened: [Block] {
        flatMap { block -> [Block] in
            if case .callout(let callout) = block.content { return [block] + callout.blocks.flattened }
            return [block]
        }
    }
}
