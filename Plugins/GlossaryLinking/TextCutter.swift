/// A text cut at offsets counted as its ``FoldedRun`` counts them: scalars or characters.
struct TextCutter {
    let count: Int
    private let text: String
    /// The index where each position starts, and the end index.
    private let starts: [String.Index]
    private let byScalars: Bool

    init(_ text: String, byScalars: Bool) {
        self.text = text
        self.byScalars = byScalars
        var starts: [String.Index]
        if byScalars {
            let scalars = text.unicodeScalars
            starts = Array(scalars.indices)
        } else {
            starts = Array(text.indices)
        }
        count = starts.count
        starts.append(text.endIndex)
        self.starts = starts
    }

    func text(_ range: Range<Int>) -> String {
        let bounds = starts[range.lowerBound]..<starts[range.upperBound]
        // Scalar slices of the scalar view: a string's own subscript rounds to characters.
        return byScalars ? String(Substring(text.unicodeScalars[bounds])) : String(text[bounds])
    }
}
