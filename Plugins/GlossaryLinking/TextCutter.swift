/// A text cut at offsets counted as its ``FoldedRun`` counts them: scalars or characters.
struct TextCutter {
    let count: Int
    private let cutting: (Range<Int>) -> String

    init(_ text: String, byScalars: Bool) {
        if byScalars {
            let scalars = Array(text.unicodeScalars)
            count = scalars.count
            cutting = { String(String.UnicodeScalarView(scalars[$0])) }
        } else {
            let characters = Array(text)
            count = characters.count
            cutting = { String(characters[$0]) }
        }
    }

    func text(_ range: Range<Int>) -> String { cutting(range) }
}
