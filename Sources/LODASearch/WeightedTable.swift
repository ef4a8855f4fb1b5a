import LODACore
import LODANumber

/// A weighted choice, with cumulative weights computed once.
struct WeightedTable<T> {
    let values: [T]
    let cumulative: [Double]

    init(_ weighted: [(T, Double)]) {
        values = weighted.map(\.0)
        var sum = 0.0
        cumulative = weighted.map {
            sum += $0.1; return sum
        }
    }

    /// A value drawn with probability proportional to its weight.
    func pick(_ rng: inout SeededRandom) -> T {
        let r = Double(rng.next() % 1_000_000) / 1_000_000 * (cumulative.last ?? 0)
        // the first value whose cumulative weight exceeds r
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return values[lo]
    }
}
