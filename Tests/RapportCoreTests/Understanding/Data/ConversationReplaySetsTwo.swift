/// A second set of whole conversations typed into live sessions, one customer line per answer,
/// written at the start of the ninth round before any detection change and never used to change
/// anything (only totals read; when written: shopping 12/87 lines flagged, haggling 9/30): shoppers and bookers in more places (a pharmacy, a hardware
/// store, an optician, a travel agent, a bakery, a hotel desk, a car showroom, a bike shop, a
/// web chat), with no objections in them, and hagglers over a rent, a freelance rate, a market
/// stall, a car, a software renewal and a wedding venue.
enum ConversationReplaySetsTwo {
    static let shopping: [[String]] = [
        ["hi there, I've got a prescription to pick up", "it's under Hughes, H U G H E S", "yes, the date of birth is the fourth of May",
         "could I also get something for hay fever?", "the non-drowsy kind please", "and a bottle of water", "that's everything, cheers"],
        ["where would I find wood screws?", "about forty millimetres, for a shelf", "the shelf is oak, fairly thick",
         "do I need wall plugs as well?", "it's a plasterboard wall", "ok grab me a pack of those too", "card is fine"],
        ["I'd like an eye test if you have a slot", "my reading has got worse lately", "I've worn glasses for about ten years",
         "I mostly need them for the computer", "could I look at frames while I wait?", "the round tortoiseshell ones are nice",
         "do they come with anti-glare?", "brilliant, book me in"],
        ["we're thinking about a week in Portugal", "two adults and a toddler", "somewhere with a pool and not too far from the airport",
         "early June if we can", "flying from Manchester ideally", "half board would suit us", "can you hold that one for a day?",
         "lovely, I'll check with my husband tonight and ring you"],
        ["can I order a cake for Saturday?", "it's for a fifth birthday", "chocolate with a unicorn on top if you can",
         "it needs to feed about twenty kids", "I'll collect it in the morning", "my name's Priya", "thanks so much"],
        ["hello, I have a booking for tonight", "the name is Kowalski", "is breakfast included?", "what time does the pool close?",
         "could we have a late checkout tomorrow?", "and is there parking nearby?", "great, thank you"],
        ["just having a look at the electric models", "I drive about forty miles a day", "mainly motorway to work and back",
         "how long does it take to charge at home?", "does it fit a child seat in the back?", "could I book a test drive for Saturday?",
         "ten o'clock is perfect"],
        ["my chain keeps slipping", "it's a hybrid, about three years old", "I ride it to work every day",
         "how long would the repair take?", "could you check the brakes while it's in?", "I'll drop it off tomorrow first thing",
         "cheers, see you then"],
        ["hi, I ordered a lamp last week and it hasn't arrived", "the order number is 48213", "it said three to five days",
         "the tracking hasn't updated since Monday", "can you check where it is?", "ok, I'll wait till Friday then",
         "thanks for sorting it"],
        ["I'm after a good book for a long flight", "something gripping, maybe a thriller", "I liked the last Robert Harris",
         "is this one part of a series?", "has it come out in paperback yet?", "I'll take it, and a bookmark", "no bag needed"],
        ["do you have any sofa beds?", "for a small spare room", "it'll get used maybe twice a month",
         "is the mattress comfortable enough for a week's stay?", "what's the fabric like to clean?", "does it come in green?",
         "could you measure whether it fits through our door?", "ok, let's order it"],
        ["I'd like to open a savings account", "just an easy access one", "I'd put in about two thousand to start",
         "can I manage it from the app?", "is there a minimum balance?", "what do I need to bring?", "ok I'll come back with my passport"],
    ]

    static let haggling: [[String]] = [
        ["the flat is lovely but twelve hundred a month is more than we budgeted", "the one on Elm Street is a hundred cheaper",
         "would the landlord take eleven hundred?", "we'd sign for two years if that helps", "can you ask them and let me know?"],
        ["your day rate is a bit rich for a charity", "we were quoting around three hundred a day", "could you do it for less if we book ten days?",
         "we can't stretch past three fifty", "let's say three fifty and you've got the job"],
        ["how much for the rug?", "oh that's too much", "would you do forty?", "I'll give you forty five, final offer", "alright, deal"],
        ["the dealer in town is offering the same car for two thousand less", "can you match that?", "what about throwing in the mats and a service?",
         "I really need it under twenty grand", "if you can do that I'll sign today"],
        ["the renewal is up thirty percent, that's not going to fly", "nothing has changed on our side to justify it",
         "other vendors are quoting us far less", "if you keep last year's price we'll commit to three years",
         "otherwise we'll have to go out to tender"],
        ["the venue hire is way over what we can afford", "we only need it for the afternoon", "could you drop the price if we use your caterer?",
         "another venue offered us a weekday rate", "we'd book straight away for fifteen percent off"],
    ]
}
