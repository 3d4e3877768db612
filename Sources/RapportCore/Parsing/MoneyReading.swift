/// Reads amounts of money as reps type them: `$40k`, `40,000`, `40k USD`, `about 40 thousand`,
/// `30-50k`, `between 30 and 50 grand`, `€1.2m`.
enum MoneyReading {
    static let currencyWords: [String: String] = [
        "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
        "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
        "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "quid": "GBP",
    ]

    static func read(_ text: String, defaultCurrency: String = "USD") -> Money? {
        let toks = NumberReading.tokens(text)
        let currency = toks.lazy.compactMap { currencyWords[$0] }.first ?? defaultCurrency
        var i = 0
        while i < toks.count {
            if currencyWords[toks[i]] != nil && toks[i].count == 1 {
                i += 1
                continue
            }
            if let (low, lowScaled, next) = NumberReading.read(toks, at: i) {
                var j = next
                // Skip a currency between the two ends: "$30k - $50k", "30k usd to 50k usd".
                while j < toks.count, currencyWords[toks[j]] != nil { j += 1 }
                if j < toks.count, ["-", "to", "and", "–"].contains(toks[j]) {
                    var k = j + 1
                    while k < toks.count, currencyWords[toks[k]] != nil { k += 1 }
                    if let (high, highScaled, _) = NumberReading.read(toks, at: k) {
                        let scale = !lowScaled && highScaled ? NumberReading.scaleOf(high, low) : 1
                        let lowValue = low * scale
                        if high > lowValue {
                            return Money(amount: lowValue, upTo: high, currency: currency)
                        }
                        return Money(amount: lowValue, currency: currency)
                    }
                }
                return Money(amount: low, currency: currency)
            }
            i += 1
        }
        return nil
    }
}
