/// A fifth set of whole conversations, written at the start of the twelfth round before any
/// detection change and held out (only totals read): a hairdresser, an electronics shop, a
/// furniture showroom, a deli counter, a garage, a gym, a phone shop, a shoe shop, a dental
/// reception, a cinema, a paint counter and a toy shop; haggling at a flea market, over a
/// kitchen fitter's quote, a rent renewal and a bulk order of packaging.
enum ConversationReplaySetsFive {
    static let shopping: [[String]] = [
        ["hi, have you got anything this afternoon?", "just a trim, nothing fancy", "about an inch off the ends", "can I pay by card?",
         "and could I book the same again in six weeks?"],
        ["I need a laptop for university", "mostly writing essays and a bit of video", "something light, I'll carry it every day",
         "how's the battery on this one?", "does it come with Office?", "ok, and can I get a sleeve for it too?", "great, I'll take it"],
        ["we're looking for a corner sofa", "the living room is about four metres wide", "grey or something neutral",
         "is this one a sofa bed as well?", "what's the lead time on delivery?", "can you take the old one away?"],
        ["can I get 200 grams of the smoked ham", "sliced thin please", "and a tub of the olives", "the green ones",
         "that's lovely, thanks"],
        ["my car's due its MOT next week", "it's a 2015 Fiesta", "can I drop it off first thing Tuesday?",
         "how long does it usually take?", "would you ring me if anything needs doing?", "brilliant, see you Tuesday"],
        ["I'm thinking of joining", "what's included in the membership?", "do you have classes in the evening?",
         "is there a pool?", "can I bring a guest sometimes?", "ok, can I have a look around first?"],
        ["I want to upgrade my phone", "I'm with you already, about two years now", "I'd like more storage this time",
         "is the 256 gig one in stock?", "can I keep my number?", "and can you move my photos across?"],
        ["have you got these in a size 9?", "the black ones", "they feel a bit tight at the toe", "could I try a 9 and a half?",
         "much better", "do you sell the waterproof spray as well?"],
        ["hi, I'd like to register as a new patient", "I've just moved to the area", "do you have anything for a check-up this month?",
         "mornings are easier for me", "do I need to bring anything?"],
        ["two adults for the 7:30 showing please", "can we sit near the middle?", "and a large popcorn, sweet",
         "is there a lift to screen 4?", "thanks"],
        ["I need paint for a small bathroom", "something that copes with steam", "in a soft white",
         "how many litres would I need for about ten square metres?", "and a roller and tray please", "do you mix colours here?"],
        ["it's for my niece's fifth birthday", "she loves dinosaurs", "something under thirty pounds",
         "is this suitable for her age?", "do you do gift wrapping?", "perfect, I'll take the puzzle"],
    ]

    static let haggling: [[String]] = [
        ["how much for the lamp?", "fifteen is a bit much for something that needs rewiring", "I'll give you eight",
         "ten and I'll take the mirror too"],
        ["thanks for the quote", "honestly it's about three thousand more than we hoped", "the other fitter came in lower",
         "could you do it for eleven if we supply the worktops?", "and we'd need it finished before Christmas"],
        ["the renewal letter says the rent goes up 12%", "that's far more than anywhere else on the street",
         "we've been good tenants for four years", "we could sign for two years if you kept it at 5%"],
        ["we'd need about 40,000 boxes a quarter", "your price per unit is higher than our current supplier",
         "if we commit to a year, what can you do?", "and we'd want 60-day payment terms"],
    ]
}
