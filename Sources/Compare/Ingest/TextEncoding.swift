/// The encodings a plan file may come in. Government sites publish UTF-8, UTF-16 (Word's
/// "Unicode text") and GB18030/GBK (older Windows exports), so all three are read; and plans are
/// drafted and circulated as Word files, so a .docx is read too.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    /// Not an encoding of text but the container of one: the lines were read out of a Word file.
    case docx = "Word (.docx)"
}
