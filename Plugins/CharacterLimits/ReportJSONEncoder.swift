/// Turns an `Encodable` value into a ``ReportJSON`` tree: the reports' types describe their JSON once,
/// in their `encode(to:)`, for this encoder and Foundation's alike.
struct ReportJSONEncoder: Encoder {
    let node: ReportJSON
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: ReportJSON, codingPath: [any CodingKey] = []) {
        self.node = node
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.value {} else { node.value = .object([]) }
        return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.value {} else { node.value = .array([]) }
        return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }

    /// A child node holding `value`.
    fileprivate static func node(for value: some Encodable, at codingPath: [any CodingKey]) throws -> ReportJSON {
        let child = ReportJSON()
        try value.encode(to: ReportJSONEncoder(child, codingPath: codingPath))
        return child
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: ReportJSON
        let codingPath: [any CodingKey]

        private func add(_ key: Key, _ child: ReportJSON) {
            guard case .object(var pairs) = node.value else { return }
            node.value = .null  // so the pairs are not shared while they grow
            pairs.append((key.stringValue, child))
            node.value = .object(pairs)
        }

        private func add(_ key: Key, _ value: ReportJSON.Value) {
            let child = ReportJSON()
            child.value = value
            add(key, child)
        }

        mutating func encodeNil(forKey key: Key) throws { add(key, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { add(key, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(key, try ReportJSON.number(value, at: codingPath + [key])) }
        mutating func encode(_ value: Float, forKey key: Key) throws { add(key, try ReportJSON.number(value, at: codingPath + [key])) }
        mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key, .number(String(value))) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            add(key, try ReportJSONEncoder.node(for: value, at: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = ReportJSON()
            add(key, child)
            return ReportJSONEncoder(child, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = ReportJSON()
            add(key, child)
            return ReportJSONEncoder(child, codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = ReportJSON()
            add(key, child)
            return ReportJSONEncoder(child, codingPath: codingPath + [key])
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: ReportJSON
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = node.value { items.count } else { 0 }
        }

        private func add(_ child: ReportJSON) {
            guard case .array(var items) = node.value else { return }
            node.value = .null  // so the items are not shared while they grow
            items.append(child)
            node.value = .array(items)
        }

        mutating func encodeNil() throws {
            add(ReportJSON())
        }

        mutating func encode(_ value: some Encodable) throws {
            add(try ReportJSONEncoder.node(for: value, at: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = ReportJSON()
            add(child)
            return ReportJSONEncoder(child, codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = ReportJSON()
            add(child)
            return ReportJSONEncoder(child, codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = ReportJSON()
            add(child)
            return ReportJSONEncoder(child, codingPath: codingPath)
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: ReportJSON
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.value = .null }
        mutating func encode(_ value: Bool) throws { node.value = .bool(value) }
        mutating func encode(_ value: String) throws { node.value = .string(value) }
        mutating func encode(_ value: Double) throws { node.value = try ReportJSON.number(value, at: codingPath) }
        mutating func encode(_ value: Float) throws { node.value = try ReportJSON.number(value, at: codingPath) }
        mutating func encode(_ value: Int) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: Int8) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { node.value = .number(String(value)) }
        mutating func encode(_ value: some Encodable) throws {
            try value.encode(to: ReportJSONEncoder(node, codingPath: codingPath))
        }
    }
}
