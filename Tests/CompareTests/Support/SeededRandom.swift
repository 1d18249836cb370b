/// The tests' one seeded generator (a 64-bit LCG, Knuth's constants): the same numbers on every
/// machine and run, so a random test that fails fails again.
struct SeededRandom {
    var seed: UInt64

    init(seed: UInt64) {
        self.seed = seed
    }

    /// A number in 0..<n.
    mutating func next(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }

    /// A text of fewer than `maxLength` pieces drawn from `alphabet`.
    mutating func text(from alphabet: [String], maxLength: Int) -> String {
        (0..<next(maxLength)).map { _ in alphabet[next(alphabet.count)] }.joined()
    }
}

/// The standard library's `random(in:using:)` and `randomElement(using:)`, drawn from the seed.
extension SeededRandom: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return seed ^ (seed >> 29)
    }
}
