/// An unknown name, with the names there are (one sentence).
public struct NamedChoiceError: Error, CustomStringConvertible {
    public let description: String
}
