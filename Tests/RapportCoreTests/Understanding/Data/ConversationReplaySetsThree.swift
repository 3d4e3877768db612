/// A third set of whole conversations, written in the tenth round as tuning data (seen: its
/// flagged lines were read): a phone shop, a restaurant, a salon, a furniture store, a gym, an
/// insurer, a repair desk, a shoe shop, broadband and a kitchen fitter; haggling over a bike, a
/// software renewal and a rent. When written: shopping 6/71 flagged (a student rate as price,
/// "email me the quote" as send-info, shoes "a bit tight" as budget, "the nine and a half is
/// better" as price, "we'll wait for your call" as budget, "bring a friend" as competitor),
/// haggling 5/17. Mostly one word carrying an objection's sense in another sense.
enum ConversationReplaySetsThree {
    static let shopping: [[String]] = [
        ["morning, I'm after a new phone contract", "I use a lot of data, maybe 30 gig a month", "I'd like to keep my number",
         "is the camera on this one any good?", "what colours does it come in?", "the blue one then", "can I pay monthly for the handset?", "sounds good, let's do it"],
        ["hi, table for four at eight please", "is the terrace open tonight?", "one of us is vegetarian", "do you have a kids menu?",
         "we'll have the sharing platter to start", "could we get the bill please", "can we split it two ways?"],
        ["I'd like to book a haircut", "just a trim and maybe a fringe", "is Thursday afternoon free?", "with Sam if possible",
         "how long does a cut and colour take?", "ok put me down for three", "thanks, see you Thursday"],
        ["we need a sofa for the living room", "it has to fit a space about two metres wide", "something we can sleep on would be handy",
         "grey or navy, nothing too light with the dog", "what's the delivery time on this one?", "can you take the old one away?", "great, I'll order it now"],
        ["hi, I'm looking to join the gym", "mainly weights and a bit of swimming", "do you have classes in the evening?",
         "is there a student rate?", "can I bring a friend on the first visit?", "I'd like to start next week", "where do I sign up?"],
        ["I need a quote for car insurance", "it's a 2019 Golf", "I've been driving for six years", "no claims in the last five",
         "parked on the drive overnight", "around eight thousand miles a year", "can you email me the quote?"],
        ["my laptop won't turn on", "it's about two years old", "I think I spilled a bit of tea on it", "is it still under warranty?",
         "how long would you need it for?", "can you back up my photos first?", "ok, I'll leave it with you"],
        ["do you have these trainers in a size nine?", "the white ones in the window", "could I try the half size up as well?",
         "they feel a bit tight at the front", "the nine and a half is better", "I'll take them", "can I have a bag please?"],
        ["I'm moving house next month and need broadband", "the postcode is LS6 2AB", "we both work from home so speed matters",
         "is there a setup fee?", "when is the earliest install date?", "the 14th works", "perfect, book it in"],
        ["we're planning a kitchen refit", "the room is about four by three", "we like the shaker style doors", "could you come and measure up?",
         "any weekday after five is fine for us", "do you fit the worktops too?", "great, we'll wait for your call"],
    ]
    static let haggling: [[String]] = [
        ["how much for the bike?", "that's a lot for a second hand one", "it's got scratches on the frame", "I'll give you two hundred",
         "two fifty is my limit", "fine, two fifty and you throw in the lock"],
        ["the renewal is up next month", "the price went up twelve percent again", "we can't justify that increase this year",
         "your competitor offered us twenty percent less", "if you match it we'll sign for two years", "otherwise we'll switch"],
        ["I like the flat but the rent is steep", "similar places nearby go for a hundred less", "could you do nine fifty?",
         "I can sign for eighteen months", "and I'd pay three months up front"],
    ]
}
