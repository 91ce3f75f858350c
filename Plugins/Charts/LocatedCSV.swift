/// A CSV file read with the place of every field, so a chart's problems point at the cell
/// (`data/population.csv:3:12`). RFC 4180: comma-separated, fields may be quoted with "" inside.
struct LocatedCSV {
    struct Field {
        let text: String
        let line: Int
        let column: Int
    }

    /// The records in order, header first; blank lines are skipped.
    let records: [[Field]]
    /// Where an unterminated quote began, if the file has one.
    let unterminatedQuote: (line: Int, column: Int)?

    init(_ text: String) {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = "", fieldLine = 1, fieldColumn = 1
        var line = 1, column = 1
        var quoted = false, wasQuoted = false, quoteStart: (Int, Int)?
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        func endField() {
            record.append(Field(text: field, line: fieldLine, column: fieldColumn))
            field = ""; wasQuoted = false
        }
        func endRecord() {
            endField()
            if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
            record = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\""); index += 1; column += 2
                    } else {
                        quoted = false; column += 1
                    }
                    continue
                }
                field.unicodeScalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true; wasQuoted = true; quoteStart = (line, column); column += 1
            case ",":
                endField(); column += 1; fieldLine = line; fieldColumn = column
            case "\r":
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRecord(); line += 1; column = 1; fieldLine = line; fieldColumn = 1
            case "\n":
                endRecord(); line += 1; column = 1; fieldLine = line; fieldColumn = 1
            default:
                field.unicodeScalars.append(scalar); column += 1
            }
        }
        if !field.isEmpty || !record.isEmpty || wasQuoted { endRecord() }
        self.records = records
        unterminatedQuote = quoted ? quoteStart : nil
    }
}
