/// A fourth set of whole conversations, written at the start of the eleventh round before any
/// detection change and held out (only totals read): a pharmacy, a car showroom, a travel desk,
/// a pet shop, a bookshop, an optician, a florist, a hardware store, a bakery, an estate agent,
/// a mobile repair counter and a wedding venue; haggling over a used car, a market stall rug,
/// a freelance designer's fee and a wholesale order. Its false alarms were read in the twelfth
/// round, so it is seen since.
enum ConversationReplaySetsFour {
    static let shopping: [[String]] = [
        ["hi, I've got a prescription to pick up", "it's under Morgan", "is it ready yet?", "do I need to pay for this one?",
         "can I also get some plasters", "the fabric ones please", "thanks, that's everything"],
        ["I'm looking at the estate version of this", "mainly for the school run and trips to the tip", "what's the boot space like?",
         "does the hybrid cost much more to run?", "can I book a test drive for Saturday morning?", "I'd be trading in a 2017 Golf",
         "it's done about sixty thousand miles", "ok let's see what you can offer on the part exchange"],
        ["we want a week somewhere sunny at half term", "two adults and two kids, eight and eleven", "somewhere with a pool ideally",
         "we'd fly from Bristol if possible", "all inclusive would be easiest", "can you hold that one while I check with my wife?",
         "what's the deposit to book?"],
        ["I've just got a kitten", "she's about nine weeks old", "what food should I start her on?", "do you sell litter trays?",
         "the covered one looks good", "and one of those scratching posts", "can you put it all in a bag for me?"],
        ["do you have the new Kate Atkinson?", "it's for my mum", "could you gift wrap it?", "she also likes crime novels",
         "what would you recommend?", "I'll take both then", "do you do loyalty cards?"],
        ["I'm due an eye test", "my last one was about two years ago", "I've been getting headaches when I read", "is Thursday at four free?",
         "do you do contact lens fittings too?", "I'd like to look at frames while I'm here", "these ones are nice, do they come in tortoiseshell?"],
        ["I'd like to order flowers for a funeral", "something white, not too big", "can it be delivered to the chapel on Friday?",
         "the service is at eleven", "can you add a card?", "just 'with love from all of us'", "I'll pay by card over the phone"],
        ["I need a drill that can go through brick", "it's for putting up shelves", "cordless would be handy", "does it come with bits?",
         "what about wall plugs, where are they?", "and a spirit level", "that's everything, thanks"],
        ["can I order a birthday cake for Saturday?", "chocolate, for about twenty people", "could you write Happy 40th Tom on it?",
         "can I collect it Friday evening?", "do you need a deposit?", "lovely, and six croissants for now please"],
        ["we're looking for a two bed flat to rent", "near the station if possible", "we both work in town", "we have a small dog, is that allowed?",
         "when could we view it?", "after six on a weekday works best", "do you need references from our current landlord?"],
        ["my phone screen is cracked", "it still works but the top corner doesn't respond", "it's an iPhone 13", "how long would a new screen take?",
         "will I lose my photos?", "ok I'll leave it with you", "what time shall I come back?"],
        ["we're getting married next September", "around a hundred guests", "we'd like the ceremony and reception in one place",
         "do you have any Saturdays left?", "could we come and look round?", "is there somewhere for guests to stay nearby?",
         "do you work with particular caterers?", "that all sounds lovely"],
    ]

    static let haggling: [[String]] = [
        ["I've seen the same model for a thousand less at another dealer", "the tyres will need replacing soon too",
         "I can't go above eight and a half", "what's the best you can do?", "throw in a year's service and we have a deal"],
        ["how much for the blue rug?", "that's a lot for a rug this size", "I'll give you sixty", "seventy is too much, sixty-five?",
         "I'll think about it and come back"],
        ["your fee is more than we spent on the whole website last time", "we're a charity so money is tight",
         "could you do it for two thousand?", "we'd want the logo included for that", "if not we'll probably use a student"],
        ["we'd be ordering five hundred units", "at that volume we'd expect a better price", "your competitor quoted us twelve percent less",
         "can you match that?", "and we'd need sixty days payment terms", "otherwise we'll stay with our current supplier"],
    ]
}
