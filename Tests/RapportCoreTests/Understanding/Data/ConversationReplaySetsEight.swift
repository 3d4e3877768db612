/// An eighth set of whole conversations, written in the twentieth round after the question and
/// out-of-context changes, and held out (only totals read): a fish counter, a barber, a key
/// cutter, an art shop, a children's clothes shop, a running shop, a print shop, a library
/// desk, a farm shop, a games shop, a bridal boutique and an ice rink; haggling over a second-
/// hand sofa, a garden landscaping quote, a t-shirt printing order and a motorbike.
enum ConversationReplaySetsEight {
    static let shopping: [[String]] = [
        ["two salmon fillets please", "skin on is fine", "and have you got any fresh mussels today?", "about a kilo",
         "how would you cook them?"],
        ["just a trim please", "short at the sides, leave a bit on top", "number two with the clippers",
         "could you tidy up the beard as well?", "that's great, cheers"],
        ["can you cut me two copies of this key?", "it's for the front door", "and this little one is for a padlock",
         "how long does it take?", "I'll wander round and come back in ten minutes"],
        ["I'm starting oil painting", "what brushes would a beginner need?", "and a few basic colours",
         "do these canvases come in a bigger size?", "is there a student discount on the set?"],
        ["I need a coat for my son", "he's four but tall for his age", "something warm and waterproof",
         "have you got it in navy?", "can I bring it back if it doesn't fit him?"],
        ["I've started running and my knees hurt", "these are my old trainers", "someone said I should get my gait checked",
         "can I try a few pairs on the treadmill?", "the second pair felt much better"],
        ["I need fifty flyers printed", "A5, double sided", "I've got the file on a memory stick",
         "could they be ready by Thursday?", "glossy please, not matt"],
        ["I'd like to join the library", "here's a letter with my address on it", "can I borrow e-books as well?",
         "how many books can I take out at once?", "and when is the children's story time?"],
        ["are these eggs from your own hens?", "a dozen please", "and a jar of the local honey",
         "do you have any of the sausages left?", "lovely, that'll do us for the weekend"],
        ["has the new racing game come out yet?", "for the Switch", "can I pre-order it?",
         "do you take trade-ins?", "I've got three old games in the car"],
        ["I've got an appointment at two", "it's for my wedding in August", "I'm thinking something simple, no lace",
         "could my mum and sister come in with me?", "how long do alterations usually take?"],
        ["two adults and two children for the three o'clock session", "do we need to book skate hire separately?",
         "my daughter's never skated before", "are there those penguin things to hold onto?", "where do we leave our shoes?"],
    ]

    static let haggling: [[String]] = [
        ["is the sofa still available?", "there's a small tear on the arm in the photos", "would you take a hundred for it?",
         "I'd have to hire a van to collect it", "a hundred and twenty and I'll pick it up tonight"],
        ["thanks for the landscaping quote", "it's a bit more than we were hoping to spend", "could we leave the patio till next year?",
         "the other company was cheaper but we liked your ideas", "is there any way you can sharpen the price?"],
        ["we need two hundred printed t-shirts", "your price per shirt is higher than the online places",
         "could you do a better rate for that quantity?", "we're a charity fun run", "if you can get it under three pounds a shirt we'll order"],
        ["I've come to see the motorbike", "it's done more miles than the advert said", "the chain looks worn too",
         "I can offer you eighteen hundred", "that's my limit, I'm afraid"],
    ]
}
