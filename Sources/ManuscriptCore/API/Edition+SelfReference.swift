import Foundation

/// How the publisher names itself where it answers citizens: 「市の考え方」 in the public-comment
/// results, 「市内に住んでいる」 on the opinion form. A city is 市, a town 町; a council such as a
/// 社会福祉協議会 calls itself 本会 and serves the area of the city in its name.
extension Edition {
    private static let municipalSuffixes: Set<Character> = ["都", "道", "府", "県", "市", "区", "町", "村"]

    /// `self-reference:` in edition.yaml, else 市/町/村/… from the end of the publisher's name, else 本会.
    public var answeringParty: String {
        if let selfReference { return selfReference }
        let name = publisher.trimmingCharacters(in: .whitespaces)
        if let last = name.last, Self.municipalSuffixes.contains(last) { return String(last) }
        return "本会"
    }

    /// 「市内」 for a city and for a council named after its city; nil when the name holds no
    /// municipality, so the form asks plainly about the area.
    public var areaWord: String? {
        let name = publisher.trimmingCharacters(in: .whitespaces)
        if let last = name.last, Self.municipalSuffixes.contains(last) { return "\(last)内" }
        // 「いわき市社会福祉協議会」: the last municipal word before the council's own name.
        guard let index = name.lastIndex(where: { "市区町村".contains($0) }) else { return nil }
        return "\(name[index])内"
    }
}
