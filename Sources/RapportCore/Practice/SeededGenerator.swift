/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a practice
/// session with the same seed and the same input plays out the same way on any machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One of `choices`, or nil when there are none.
    public mutating func pick<T>(_ choices: [T]) -> T? {
        choices.isEmpty ? nil : choices[Int(next() % UInt64(choices.count))]
    }
}
