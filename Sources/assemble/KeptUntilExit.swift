/// What a command leaves for the process's exit to free. The document of a large manuscript is
/// about a million small objects; freeing them one by one after the outputs are written took a
/// twentieth of a 10 MB build, and the operating system reclaims the memory at once.
enum KeptUntilExit {
    private static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
