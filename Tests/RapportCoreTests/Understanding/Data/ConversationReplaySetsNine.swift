/// A ninth set of whole conversations, written at the start of the twenty-third round before any
/// change that round, and held out (only totals read): a hardware shop, a bakery, a phone
/// repair counter, a garden centre, a dry cleaner, a toy shop, a wine shop, a tailor, a
/// hairdresser's booking, a music shop, a camping shop and a deli; haggling over a used car, a
/// wedding photographer's package, a rug at a market and a kitchen fitter's quote.
enum ConversationReplaySetsNine {
    static let shopping: [[String]] = [
        ["I'm after some wall plugs", "for a plasterboard wall", "and screws to go with them, about 40mm",
         "do I need a special drill bit?", "great, I'll take the pack of fifty"],
        ["a sourdough loaf please", "sliced, if you can", "and two of the cinnamon buns",
         "do you do birthday cakes to order?", "it'd be for a week on Saturday"],
        ["my screen's cracked", "it's an iPhone 13", "how long would a new screen take?",
         "will I lose any of my photos?", "OK, I'll leave it with you and pop back after lunch"],
        ["I want to plant something that flowers all summer", "the bed gets sun most of the day",
         "nothing too tall, it's at the front", "are these ones OK with cats around?", "I'll take six of the lavender"],
        ["this suit needs cleaning for a wedding on Friday", "there's a mark on the sleeve, I think it's wine",
         "can you get it out?", "and could you press the trousers too?", "what time do you close on Thursday?"],
        ["I'm looking for a present for a six-year-old", "she's really into dinosaurs", "something that isn't too noisy",
         "is this one suitable for her age?", "could you gift wrap it?"],
        ["we're having friends over for a curry", "what would you drink with something quite spicy?",
         "nothing too dry", "is this one chilled already?", "and a bottle of the prosecco as well"],
        ["these trousers are too long", "could you take them up about two centimetres?", "I'll wear them with these shoes",
         "when would they be ready?", "lovely, I'll pick them up next Wednesday"],
        ["I'd like to book a cut and colour", "ideally with Jess if she's free", "any time on Saturday morning",
         "how long does a full head of highlights take?", "perfect, put me down for nine"],
        ["my son wants to learn guitar", "he's eleven, so maybe not a full size", "acoustic, I think",
         "does it come with a case?", "and a tuner, and a couple of spare strings please"],
        ["we're going camping in Wales next month", "we need a tent for two adults and two kids",
         "something quick to put up", "how waterproof is this one?", "do you sell the pegs separately?"],
        ["can I get 200 grams of the parma ham?", "thinly sliced please", "and a bit of that blue cheese",
         "what's the one next to it?", "go on then, I'll try a piece"],
    ]

    static let haggling: [[String]] = [
        ["I'm interested in the Golf on your forecourt", "the service history has a gap in 2022",
         "the tyres will need replacing soon too", "would you knock five hundred off for that?",
         "I've seen the same model cheaper at the place down the road"],
        ["we loved your portfolio", "the full-day package is a bit beyond what we'd budgeted",
         "could we drop the second photographer?", "another photographer quoted us about a third less",
         "if you could do it for fifteen hundred we'd book today"],
        ["how much is the blue rug?", "that's a lot, it's got a stain in the corner", "I'll give you eighty",
         "ninety then, final offer", "I've got cash right here"],
        ["we got your quote for the kitchen", "it's a good bit more than the other two we had",
         "is there anything you could take out to bring it down?", "we don't really need the soft-close drawers",
         "we'd also want to pay in two halves rather than a big deposit"],
    ]
}
