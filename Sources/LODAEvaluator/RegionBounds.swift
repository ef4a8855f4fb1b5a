import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The cells a region operation or region loop covers.
public enum RegionBounds {
    /// With no memory limit, regions longer than this fail (`Maximum memory exceeded`) instead
    /// of allocating without bound.
    public static let unlimitedCells = 1 << 20

    /// `length` cells from `start` (to the left, ending at `start`, when negative):
    /// `lo..<hiExclusive`; "Integer overflow" when the ends do not fit in 64 bits.
    public static func cells(start: Int, length: Int) throws(EvaluationError) -> (lo: Int, hiExclusive: Int) {
        let (lo, loOverflow) = length > 0 ? (start, false) : start.addingReportingOverflow(length &+ 1)
        let (hi, hiOverflow) = length > 0 ? start.addingReportingOverflow(length) : start.addingReportingOverflow(1)
        if loOverflow || hiOverflow || (length < 0 && length == .min) { throw .integerOverflow }
        return (lo, hi)
    }
}
