/// The matchers by name, as profiles list them (`Matchers.all` has one matcher per name).
public enum MatcherName: String, NamedChoice {
    case direct, linear1, linear2, affine, shift, lag, binary, decimal, delta, binomial
    public static let kind = "matcher"
}
