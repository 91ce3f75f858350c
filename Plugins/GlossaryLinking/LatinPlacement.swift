/// Where terms that begin with a Latin letter or digit (NPO, KGI, 8050問題) go in the glossary.
enum LatinPlacement: String, CaseIterable {
    /// Among the kana rows, by their reading (えぬぴーおー under あ行), as many cities file them.
    case byReading = "by-reading"
    /// In an A–Z block before あ行, by the term itself.
    case alphabetFirst = "alphabet-first"
}
