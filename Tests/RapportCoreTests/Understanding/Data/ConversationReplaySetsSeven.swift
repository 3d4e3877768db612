/// A seventh set of whole conversations, written in the twentieth round before set six's false
/// alarms were read, and held out (only totals read): a garden centre, a tailor, a music shop,
/// a café counter, a laptop repair desk, a camping shop, a jeweller, a tile showroom, a post
/// office counter, a bike hire kiosk, a stationer and a vet's reception; haggling over an
/// antique clock, a roofer's quote, a wedding photographer's package and a car trade-in.
enum ConversationReplaySetsSeven {
    static let shopping: [[String]] = [
        ["morning, I'm after some plants for a shady border", "it only gets sun first thing", "something that flowers would be lovely",
         "how big do those get?", "and a bag of compost as well", "can you put it all on a trolley for me?"],
        ["I need these trousers taking up", "about two inches", "and the waist let out a little if there's room",
         "how long will that take?", "next Wednesday is perfect, thanks"],
        ["I'm thinking of learning the guitar", "complete beginner, never played anything", "acoustic I think",
         "what's the difference between these two?", "does it come with a case?", "and could you restring it for me?"],
        ["a flat white and a slice of the carrot cake please", "oat milk if you have it", "to have in",
         "actually make that two flat whites", "can I pay by card?"],
        ["my laptop won't turn on since yesterday", "the light comes on but the screen stays black", "it's about four years old",
         "I've got all my photos on it, can they be saved?", "give me a ring when you know what's wrong"],
        ["we're going camping in the Lakes next month", "a tent for four, nothing fancy", "is this one easy to put up?",
         "we'll need sleeping mats too", "what do people usually use for cooking?", "brilliant, we'll go with the green one"],
        ["I'm looking at engagement rings", "she likes simple, nothing too big", "white gold I think",
         "what's her size likely to be if she's a small glove?", "can it be resized later if it's wrong?", "could you put it aside till Saturday?"],
        ["we're redoing the bathroom floor", "about six square metres", "something grey that isn't slippery when wet",
         "how many boxes would that be?", "do you deliver or do we collect?"],
        ["I'd like to send this to Canada", "it's a birthday present, some books", "what's the quickest way?",
         "tracked please", "do I need to fill in a customs form?"],
        ["two bikes for the afternoon please", "one adult, one for a ten year old", "do they come with helmets?",
         "we'll probably ride to the lighthouse and back", "what time do we need them back by?"],
        ["I need a refill pad for this folder", "A4, lined with a margin", "and a pack of black biros",
         "have you got any of those sticky tabs in different colours?", "that's all, thanks"],
        ["my cat's due her booster", "she's called Mabel, she's seven", "is there anything on Monday morning?",
         "she hates the carrier so the earlier the better", "can you send me a reminder the day before?"],
    ]

    static let haggling: [[String]] = [
        ["how much are you asking for the mantel clock?", "it's lovely but it doesn't keep time", "I'd have to pay to get it serviced",
         "would you take sixty for it?", "sixty-five and it's a deal"],
        ["thanks for coming out to look at the roof", "your quote is nearly double the other one we had", "is there anything you can take off?",
         "we can't stretch to that this year", "if you can do it for three thousand you've got the job"],
        ["we love your photos", "but the full day package is more than we can afford", "another photographer quoted us a lot less",
         "could we drop the second shooter and save something?", "would you knock off a bit if we book today?"],
        ["what will you give me for my old car against this one?", "that seems low for the condition it's in",
         "the garage down the road offered a thousand more", "can you match that?", "otherwise I'll have to think about it"],
    ]
}
