/// Where a page count comes from: the real PDF (実測) or the layout estimate (推計).
enum PageBasis: String, Encodable {
    case measured
    case estimated

    init(measured: Bool) { self = measured ? .measured : .estimated }

    /// The count's qualifier on the Japanese report page.
    var japaneseLabel: String {
        switch self {
        case .measured: "実測/PDF"
        case .estimated: "推計"
        }
    }
}
