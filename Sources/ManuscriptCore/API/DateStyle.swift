/// How an edition prints its dates (`date-style:` in edition.yaml): Japanese public documents use
/// the era (和暦); some cities add the Western year, or print it alone.
public enum DateStyle: String, Codable, Sendable, CaseIterable {
    /// 「令和8年3月19日」, the default.
    case wareki
    /// 「2026年3月19日」.
    case seireki
    /// 「令和8年（2026年）3月19日」.
    case both
}
