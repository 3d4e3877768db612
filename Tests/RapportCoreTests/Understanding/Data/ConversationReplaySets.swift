/// Whole conversations typed into live sessions, one customer line per answer: shoppers asking
/// for products (no objections in them) and hagglers (objections to price in most lines).
/// Written at the start of the eighth round and never used to change anything; the lines it
/// flagged were read at the end of that round (seen since): "these feel comfortable" (price,
/// by "feels"), "can I wait here?" (timing), "that's better, I'll take it" (authority) —
/// one shared word deciding against an ordinary bank with nothing near. The ninth round wrote
/// ordinary talk at the counter with these lines in view: tuning data now.
enum ConversationReplaySets {
    static let shopping: [[String]] = [
        ["hi, I'm looking for a laptop for university", "something light, under two kilos", "mostly writing essays and some video calls",
         "does this one have a good battery?", "how much storage does it come with?", "can I see it in silver?", "great, I'll take it"],
        ["morning, do you sell garden furniture?", "a table for six, ideally wooden", "we have a small patio, about three by four metres",
         "does it need oiling every year?", "can you deliver next weekend?", "lovely, let's go with the acacia one"],
        ["I need running shoes for a half marathon", "I run about thirty miles a week", "my last pair were too narrow at the front",
         "can I try a size ten?", "these feel comfortable", "do you do a student discount?", "perfect, thanks"],
        ["we're after a new fridge freezer", "it has to fit a gap sixty centimetres wide", "frost free if possible",
         "what's the energy rating on this one?", "and the noise level?", "how long is delivery?", "can you take the old one away?",
         "ok, we'll order it today"],
        ["hello, is this the right place for phone repairs?", "the screen cracked when I dropped it", "it's a two-year-old model",
         "how long would it take?", "can I wait here?", "fine, go ahead"],
        ["I'm looking for a birthday present for my sister", "she's into cooking", "maybe a good knife or a cast iron pan",
         "which pan would you recommend?", "does it work on induction?", "can you gift wrap it?", "brilliant, thank you"],
        ["do you have this jacket in a medium?", "the blue one from the window", "is it waterproof or just showerproof?",
         "can I try it on?", "the sleeves are a bit long", "have you got the regular fit?", "that's better, I'll take it"],
        ["we need a new mattress", "my partner likes firm, I like medium", "is there one that works for both of us?",
         "how long is the trial period?", "does it come rolled in a box?", "let's order the hybrid one"],
        ["I want to set up a home office", "a desk and a chair to start with", "I work from home three days a week",
         "is the chair adjustable for height?", "and the armrests?", "do you assemble it?", "ok, both please"],
        ["hi, I'd like to book a service for my car", "it's due its annual service", "it's a petrol hatchback, 2019",
         "can you do Thursday morning?", "will you need it all day?", "great, see you Thursday"],
    ]

    static let haggling: [[String]] = [
        ["how much is the used van on the forecourt?", "that's a lot for something with that mileage", "I've seen the same model cheaper online",
         "could you knock a thousand off?", "what if I pay cash today?", "meet me halfway and it's a deal"],
        ["what's your price for the sofa?", "honestly that's more than we wanted to spend", "is there any room on that?",
         "the one down the road is two hundred less", "throw in the delivery and we'll think about it"],
        ["what would you charge to paint the outside of the house?", "that seems steep for a two-bed", "I had another quote for a lot less",
         "can you do it for fifteen hundred?", "if you can start next week I'd consider it"],
        ["how much for the camera and the two lenses?", "that's too much for second hand", "would you take six hundred?",
         "I can't go higher than six fifty", "ok, six fifty and you've got a deal"],
    ]
}
