import Foundation
import LODAProgramStore

// Test helper (not shipped): rewrites one file atomically in a loop, alternating two
// contents, so that `ProgramStoreTests` can kill it mid-write and inspect what is left.
// Usage: lodestone-store-stress PATH COUNT SIZE
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]), let size = Int(arguments[3]) else {
    print("usage: lodestone-store-stress PATH COUNT SIZE")
    exit(2)
}
let a = String(repeating: "; A\n", count: size / 4)
let b = String(repeating: "; B\n", count: size / 4)
for i in 0..<count {
    try ProgramStore.writeAtomically(i % 2 == 0 ? b : a, to: arguments[1])
}
