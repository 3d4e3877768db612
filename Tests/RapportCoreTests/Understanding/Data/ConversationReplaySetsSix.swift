/// A sixth set of whole conversations, written in the sixteenth round before set five's false
/// alarms were read, and held out (only totals read): a pharmacy, a bike shop, a bakery, a
/// florist, a hardware store, an optician, a bookshop, a pet shop, a travel agent, a car hire
/// desk, a dry cleaner and a wine shop; haggling over a used car, a rug at a market, a
/// freelance designer's quote and a wedding venue. Its false alarms were read in the twentieth
/// round: seen since.
enum ConversationReplaySetsSix {
    static let shopping: [[String]] = [
        ["hi, have you got something for hay fever?", "the non-drowsy kind if possible", "I've tried the nasal spray before",
         "is it ok to take with ibuprofen?", "just the one box please"],
        ["my bike's making a clicking noise when I change gear", "it's a hybrid, about three years old", "could you have a look today?",
         "I use it to get to work so the sooner the better", "do you need me to leave it overnight?"],
        ["a large sourdough please", "could you slice it?", "and two of the cinnamon buns", "do you do birthday cakes to order?",
         "for Saturday, chocolate, serves about twelve"],
        ["I'd like some flowers for my mum", "she likes something bright, maybe tulips", "around twenty-five pounds",
         "can you deliver them tomorrow?", "and could you add a card saying happy birthday?"],
        ["where would I find wall plugs?", "for plasterboard", "and I need a drill bit for tiles too", "what size screws go with these?",
         "brilliant, that's everything"],
        ["I think I need new glasses", "things are getting blurry when I read", "I had my last test about three years ago",
         "do you have an appointment this week?", "Thursday after five works", "can I bring my old prescription?"],
        ["I'm after a present for my dad", "he reads a lot of history", "something on the Second World War maybe",
         "is this one any good?", "could you gift wrap it?"],
        ["we've just got a puppy", "a cocker spaniel, ten weeks old", "what food would you recommend?", "and a lead and a small bed",
         "do you sell puppy training pads?", "great, and where's the collar section?"],
        ["we're looking at a week in Portugal in June", "two adults and two kids", "somewhere with a pool and near a beach",
         "flying from Manchester if possible", "what would you suggest?", "can you email me a couple of options?"],
        ["I've got a booking under Patel", "for a small car, three days", "is it possible to add a second driver?",
         "do I return it with a full tank?", "and where do I drop the keys if you're closed?"],
        ["can I get this suit cleaned?", "there's a small mark on the sleeve", "when would it be ready?", "Friday is fine",
         "do you do alterations too?"],
        ["I'm looking for a red to go with lamb", "something around fifteen pounds", "French or Spanish, I don't mind",
         "is this one quite heavy?", "I'll take two bottles then"],
    ]

    static let haggling: [[String]] = [
        ["I've come about the Golf you advertised", "the mileage is a bit higher than I'd like", "and it needs new tyres by the look of it",
         "would you take four and a half?", "that's still more than I wanted to spend", "meet me in the middle and I'll pay cash today"],
        ["how much is the blue rug?", "that's a lot for a rug this size", "I saw one like it for half that down the road",
         "what's your best price?", "I'll give you eighty"],
        ["thanks for the quote for the logo", "it's more than we budgeted, to be honest", "could you do it for less if we skip the brand guide?",
         "we're a small charity so money is tight", "if you can do twelve hundred we'll sign today"],
        ["we loved the venue", "the package is over our budget though", "another venue offered us a free evening buffet",
         "could you match that?", "we'd need a discount to make it work"],
    ]
}
