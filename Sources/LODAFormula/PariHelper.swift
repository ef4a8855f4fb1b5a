import LODANumber

/// The LODA-exact PARI/GP helpers a rendering may need, by name.
public enum PariHelper: String, CaseIterable {
    /// Every helper's definition, one per line.
    public static var allDefinitions: String { allCases.map(\.definition).joined(separator: "\n") }

    case lodamod, lodapow, lodabin, lodanrt, lodafac, lodadif, lodadir, lodalex, lodadgs, lodadgr

    public var definition: String {
        switch self {
        case .lodamod: return "lodamod(a,b) = a-b*truncate(a/b);"
        case .lodapow:
            return "lodapow(a,b) = if(a==1, 1, a==-1, if(b%2, -1, 1), a==0, if(b>0, 0, b==0, 1, error(\"pow: 0 to a negative power\")), b<0, 0, a^b);"
        case .lodabin:
            return "lodabin(n,k) = if(n>=0, if(k<0 || k>n, 0, binomial(n,min(k,n-k))), k>=0, (-1)^k*binomial(k-n-1,min(k,-n-1)), k<=n, (-1)^(n-k)*binomial(-k-1,min(n-k,-n-1)), 0);"
        case .lodanrt:
            return "lodanrt(a,b) = if(a<0 || b<1, error(\"nrt: negative radicand or degree below 1\"), a<=1 || b==1, a, b>logint(a,2), 1, sqrtnint(a,b));"
        case .lodafac: return "lodafac(a,b) = if(b>=0, prod(j=0,b-1,a+j), prod(j=0,-b-1,a-j));"
        case .lodadif: return "lodadif(a,b) = if(b!=0 && a%b==0, a/b, a);"
        case .lodadir: return "lodadir(a,b) = if(abs(b)<2, a, my(x=a); while(x!=0 && x%b==0, x=x/b); x);"
        case .lodalex: return "lodalex(a,b) = if(a==0 || abs(b)<2, 0, valuation(a,abs(b)));"
        case .lodadgs: return "lodadgs(a,b) = if(b<2, error(\"dgs: base below 2\"), sign(a)*sumdigits(abs(a),b));"
        case .lodadgr: return "lodadgr(a,b) = if(b<2, error(\"dgr: base below 2\"), a==0, 0, sign(a)*(1+(abs(a)-1)%(b-1)));"
        }
    }
}
