import Foundation

/// A bag of character bigrams weighted by TF-IDF, normalised to length 1.
///
/// Why bigrams: Chinese has no spaces and word segmenters need dictionaries that are unreliable on
/// administrative text; bigrams retrieve as well as words here and need nothing.
public struct BigramVector: Hashable, Sendable {
    /// Bigram key → weight; the weights' squares sum to 1 (or the vector is empty).
    public var weights: [UInt64: Double]

    public init(weights: [UInt64: Double] = [:]) {
        self.weights = weights
    }

    /// Term frequency (1 + log tf) times inverse document frequency, then normalised. Bigrams the
    /// IDF table has never seen get `idf.unseen`.
    public init(_ text: MatchText, idf: IDFTable) {
        var tf: [UInt64: Int] = [:]
        for b in text.bigrams { tf[b, default: 0] += 1 }
        var w: [UInt64: Double] = [:]
        w.reserveCapacity(tf.count)
        var norm = 0.0
        // Sorted, so the norm is summed in one order on every run (Dictionary order is seeded).
        for b in tf.keys.sorted() {
            let x = (1 + log(Double(tf[b]!))) * idf.weight(b)
            if x > 0 {
                w[b] = x
                norm += x * x
            }
        }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for (b, x) in w { w[b] = x * scale }
        }
        weights = w
    }
}

/// Inverse document frequency of bigrams over a set of documents (the reference's sections).
///
/// Why over the reference: what every section says (政务, 公开, 信息) tells sections apart least,
/// and that is exactly what a bigram found in every section's profile measures; no stop list to
/// tune.
public struct IDFTable: Hashable, Sendable {
    public var documents: Int
    var frequency: [UInt64: Int]

    public init(documents texts: [MatchText]) {
        documents = texts.count
        var df: [UInt64: Int] = [:]
        for t in texts {
            for b in Set(t.bigrams) { df[b, default: 0] += 1 }
        }
        frequency = df
    }

    /// log(1 + N / df); a bigram no document has gets the weight of one found in a single document.
    public func weight(_ bigram: UInt64) -> Double {
        weight(documentFrequency: frequency[bigram] ?? 1)
    }

    func weight(documentFrequency df: Int) -> Double {
        log(1 + Double(documents) / Double(df))
    }
}
