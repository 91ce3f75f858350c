internal import CZip

/// A zip archive could not be written or read.
public struct ZipError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }

    /// libzip's message for an error code.
    static func message(forCode code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }
}
