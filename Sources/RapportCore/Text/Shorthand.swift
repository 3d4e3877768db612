/// Texting shorthand written out ("how r u on?" → "how are you on?"), so that a line typed
/// fast is read like one typed in full. Whole words only; case, punctuation and everything
/// else are kept. Only words with one common reading are expanded ("min" could be minimum,
/// "mo" a name), and nothing that is already an English word in its own right.
public enum Shorthand {
    static let words: [String: String] = [
        "u": "you", "ur": "your", "urs": "yours", "r": "are", "y": "why", "yr": "year", "yrs": "years",
        "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thank you", "pls": "please", "plz": "please",
        "rn": "right now", "atm": "at the moment", "tbh": "to be honest", "imo": "in my opinion", "btw": "by the way", "asap": "as soon as possible",
        "wud": "would", "cud": "could", "shud": "should", "wont": "won't", "dont": "don't", "cant": "can't", "didnt": "didn't",
        "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "whats": "what's", "hows": "how's", "whos": "who's", "thats": "that's",
        "theres": "there's", "youre": "you're", "hw": "how", "wht": "what", "wat": "what", "wen": "when", "whn": "when", "abt": "about",
        "b4": "before", "bc": "because", "cuz": "because", "coz": "because", "tho": "though", "thru": "through", "tmrw": "tomorrow",
        "tmr": "tomorrow", "wk": "week", "wks": "weeks", "mth": "month", "mths": "months", "qs": "questions", "ppl": "people",
        "rite": "right", "gr8": "great", "k": "ok", "kk": "ok", "w/": "with", "w/o": "without", "msg": "message", "mgr": "manager",
        "gonna": "going to", "wanna": "want to", "gotta": "got to", "lemme": "let me", "gimme": "give me", "dunno": "don't know",
    ]

    /// The line with its shorthand written out; the same text when there is none.
    public static func expanded(_ text: String) -> String {
        var out = ""
        var word = ""
        var changed = false
        func flush() {
            guard !word.isEmpty else { return }
            if let full = words[word.lowercased()] {
                // "U" opening a sentence stays capitalised: "You".
                out += word.first?.isUppercase == true ? full.prefix(1).uppercased() + full.dropFirst() : full
                changed = true
            } else {
                out += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "/" && !word.isEmpty {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return changed ? out : text
    }
}
