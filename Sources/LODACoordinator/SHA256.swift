import Crypto
import Foundation

/// SHA-256 digests in hex (swift-crypto), for token hashes and program hashes.
public enum Digest {
    /// The SHA-256 of `text`'s UTF-8 bytes, 64 lower-case hex digits.
    public static func sha256(_ text: String) -> String {
        Crypto.SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
