import Foundation

/// A second reading of a customer's words beside the nearest phrase: multinomial logistic
/// regression over the same terms, learnt from the playbook's phrase banks and ordinary talk
/// when the matcher is built. The nearest phrase answers "which single phrase is this most
/// like?" and can be swayed by one near line of ordinary talk ("my manager would be interested
/// in this" against "my manager would need to sign this off"); the classifier weighs every
/// term by how it divides all the phrases of every set, so a word that many authority phrases
/// share counts for authority even when one ordinary line has it too. Each reading catches
/// mistakes of the other (see `ObjectionMatcher`, which combines them).
///
/// Training is deterministic (full-batch gradient descent with Adam steps from zero weights, a
/// fixed number of rounds), so the same playbook always gives the same weights.
struct ObjectionClassifier: Sendable {
    /// Weights per feature, `classes` at a time; then one bias per class.
    private let weights: [Double]
    private let bias: [Double]
    let classes: Int
    /// The feature index of a negation ("not") among the terms.
    let negation: Int

    /// `examples`: each phrase's feature indices (each below `features`) and its class (below
    /// `classes`). `strength` is the inverse of the L2 penalty, as C in common libraries.
    init(examples: [(features: [Int], label: Int)], features: Int, classes: Int, strength: Double = 4, rounds: Int = ObjectionClassifier.rounds) {
        self.classes = classes
        negation = features
        let width = features + 1
        guard !examples.isEmpty, classes > 1 else {
            weights = [Double](repeating: 0, count: width * classes)
            bias = [Double](repeating: 0, count: classes)
            return
        }
        // Every example's features in one flat list, for a tight loop.
        var flat: [Int] = []
        var starts: [Int] = [0]
        var labels: [Int] = []
        for example in examples {
            flat.append(contentsOf: example.features.map { $0 * classes })
            starts.append(flat.count)
            labels.append(example.label)
        }
        let n = Double(examples.count)
        let penalty = 1 / (strength * n)
        let size = width * classes + classes
        // Weights then biases, with the moments of Adam's steps.
        var state = [Double](repeating: 0, count: size * 4)
        let k = classes
        state.withUnsafeMutableBufferPointer { buffer in
            let w = buffer.baseAddress!, g = w + size, m = w + 2 * size, v = w + 3 * size
            let b = w + width * k, gb = g + width * k
            let z = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
            defer { z.deallocate() }
            flat.withUnsafeBufferPointer { flat in
                let rate = 0.2, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
                for round in 1...max(1, rounds) {
                    for i in 0..<(width * k) { g[i] = penalty * w[i] }
                    for c in 0..<k { gb[c] = 0 }
                    for e in 0..<labels.count {
                        let from = starts[e], to = starts[e + 1]
                        for c in 0..<k {
                            var sum = b[c]
                            for f in from..<to { sum += w[flat[f] + c] }
                            z[c] = sum
                        }
                        ObjectionClassifier.softmax(z)
                        for c in 0..<k { z[c] /= n }
                        z[labels[e]] -= 1 / n
                        for c in 0..<k { gb[c] += z[c] }
                        for f in from..<to {
                            let base = flat[f]
                            for c in 0..<k { g[base + c] += z[c] }
                        }
                    }
                    let c1 = 1 - pow(beta1, Double(round)), c2 = 1 - pow(beta2, Double(round))
                    for i in 0..<size where g[i] != 0 || m[i] != 0 {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                        w[i] -= rate * (m[i] / c1) / ((v[i] / c2).squareRoot() + epsilon)
                    }
                }
            }
        }
        weights = Array(state[0..<(width * k)])
        bias = Array(state[(width * k)..<size])
    }

    /// Rounds of training: enough for the weights to settle on a playbook's banks (120 rounds
    /// at half the step read the labelled sets the same, at twice the cost).
    static let rounds = 60

    /// The most feature-class products a classifier is learnt over (per round), and the most
    /// weights it keeps: about five times the default playbook's (about 80 ms of learning in a
    /// release build), so a learnt classifier never costs more than about half a second.
    static let mostWork = 1_000_000

    /// The probability of each class for a piece of text given by its feature indices.
    func probabilities(_ features: [Int]) -> [Double] {
        var z = bias
        for f in features {
            let base = f * classes
            guard base + classes <= weights.count else { continue }
            for k in 0..<classes { z[k] += weights[base + k] }
        }
        z.withUnsafeMutableBufferPointer { ObjectionClassifier.softmax($0) }
        return z
    }

    /// Scores into chances that sum to one, in place.
    static func softmax(_ z: UnsafeMutableBufferPointer<Double>) {
        let top = z.max() ?? 0
        var sum = 0.0
        for k in z.indices {
            z[k] = exp(z[k] - top)
            sum += z[k]
        }
        for k in z.indices { z[k] /= sum }
    }
}
