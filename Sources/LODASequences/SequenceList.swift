import LODANumber

/// The sequences of a database: an array, or records in a mapped cache file decoded when
/// read (so a lookup touches only the sequences it finds).
public struct SequenceList: RandomAccessCollection, Sendable {
    enum Storage {
        case array([IntegerSequence])
        case mapped(MappedSequences)
    }
    let storage: Storage

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .array(let a): return a.count
        case .mapped(let m): return m.ids.count
        }
    }

    public subscript(i: Int) -> IntegerSequence {
        switch storage {
        case .array(let a): return a[i]
        case .mapped(let m): return m.sequence(at: i)
        }
    }
}
