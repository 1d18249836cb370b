/// The encodings a plan file may come in. Government sites publish UTF-8, UTF-16 (Word's
/// "Unicode text") and GB18030/GBK (older Windows exports), so all three are read.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
}
