import Foundation
import ManuscriptCore

/// Public comment results publish opinions, never who sent them: submitter details must not even be
/// in the manuscript, where a careless edit could print them.
enum PersonalData {
    static let forbiddenKeys: Set<String> = [
        "name", "names", "submitter", "submitters-list", "author", "email", "mail", "address", "phone", "tel", "contact",
        "氏名", "名前", "住所", "電話", "電話番号", "メール", "連絡先",
    ]

    /// Throws at a key that would hold personal data, anywhere under `node`.
    static func reject(in node: YAMLNode) throws {
        switch node.kind {
        case .mapping(let pairs):
            for pair in pairs {
                if case .scalar(let key) = pair.key.kind, forbiddenKeys.contains(key.lowercased()) {
                    throw AssemblyError("'\(key)' would record a submitter's personal data; public comment results publish opinions only",
                                        at: pair.key.location)
                }
                try reject(in: pair.value)
            }
        case .sequence(let items):
            for item in items { try reject(in: item) }
        case .scalar(let text):
            if text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, options: .regularExpression) != nil {
                throw AssemblyError("this text contains an e-mail address; remove the submitter's personal data", at: node.location)
            }
            if text.range(of: #"0\d{1,4}-\d{1,4}-\d{3,4}"#, options: .regularExpression) != nil {
                throw AssemblyError("this text contains a telephone number; remove the submitter's personal data", at: node.location)
            }
        }
    }
}
