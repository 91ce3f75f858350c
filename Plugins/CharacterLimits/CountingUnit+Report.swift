/// Units as the Japanese report prints them, beside every figure so pages, 全角換算 and characters
/// are never mixed up.
extension CountingUnit {
    /// What the counter alone does not say: （全角換算）, （400字詰め）.
    var qualifier: String? {
        switch self {
        case .fullwidthEquivalent: "（全角換算）"
        case .manuscriptSheets: "（400字詰め）"
        case .characters, .pages: nil
        }
    }

    /// The counter after a number: 字, 枚, ページ.
    private var counter: String {
        switch self {
        case .characters, .fullwidthEquivalent: "字"
        case .manuscriptSheets: "枚"
        case .pages: "ページ"
        }
    }

    /// "1,372.5字"
    func amount(_ value: Double) -> String { CountFormat.number(value) + counter }

    /// "+372.5字", "−12ページ"
    func change(_ value: Double) -> String { CountFormat.signed(value) + counter }
}

extension CountFormat {
    /// "+372.5", "−12" (a minus sign, not a hyphen), "±0".
    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "±0" }
        return (rounded > 0 ? "+" : "−") + number(abs(rounded))
    }

    /// "+37.2%", "−40%".
    static func percent(_ value: Double) -> String { signed(value) + "%" }
}
