/// Where each field of a CSV text starts (line and column, counted in Unicode scalars from 1), in
/// the order a CSV reader returns them, so findings about a cell can point at the file. A quoted
/// field starts after its opening quote.
enum CSVFieldPositions {
    static func of(_ text: String) -> [[(line: Int, column: Int)]] {
        var records: [[(line: Int, column: Int)]] = []
        var record: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        var atFieldStart = true, inQuotes = false
        var scalars = Array(text.unicodeScalars)
        if scalars.last == "\n" { scalars.removeLast() }
        if scalars.last == "\r" { scalars.removeLast() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if atFieldStart {
                atFieldStart = false
                if scalar == "\"" {
                    inQuotes = true
                    record.append((line, column + 1))
                    index += 1; column += 1
                    continue
                }
                record.append((line, column))
            }
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" { index += 2; column += 2; continue }
                    inQuotes = false
                } else if scalar == "\n" {
                    line += 1; column = 1; index += 1
                    continue
                }
            } else if scalar == "," {
                atFieldStart = true
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                records.append(record)
                record = []
                atFieldStart = true
                line += 1; column = 1; index += 1
                continue
            }
            index += 1; column += 1
        }
        if atFieldStart { record.append((line, column)) }
        records.append(record)
        return records
    }
}
