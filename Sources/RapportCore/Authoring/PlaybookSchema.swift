/// The playbook format as a JSON Schema (draft-07), for editors with YAML language support:
/// completion, hover text and validation while writing. The loader stays the authority (it
/// also checks references, conditions and templates, which a schema cannot).
public enum PlaybookSchema {
    static func text(_ description: String) -> [String: Any] { ["type": "string", "minLength": 1, "description": description] }
    static var identifier: [String: Any] { ["type": "string", "pattern": "^[a-z][a-z0-9_-]*$", "description": "lowercase letters, digits, '_' and '-', starting with a letter"] }
    static func id(_ description: String) -> [String: Any] { identifier.merging(["description": description]) { $1 } }
    static func strings(_ description: String) -> [String: Any] { ["type": "array", "items": ["type": "string"], "description": description] }
    static func lines(_ description: String) -> [String: Any] {
        ["description": description, "anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"], "minItems": 1]]]
    }
    static func object(_ properties: [String: Any], required: [String] = [], description: String) -> [String: Any] {
        ["type": "object", "additionalProperties": false, "properties": properties, "required": required, "description": description]
    }
    static func list(_ item: [String: Any], description: String) -> [String: Any] { ["type": "array", "items": item, "description": description] }

    public static var document: [String: Any] {
        let option: [String: Any] = ["anyOf": [identifier, object(["id": id("option id"), "label": text("how it reads"), "synonyms": strings("words customers use for it"),
                                                                  "keywords": strings("more words that set it")], required: ["id"], description: "an option")]]
        let branch = object(["if": text("a condition, e.g. budget >= $10k and not known(timeline)"), "goto": text("a step id, or end")], required: ["goto"],
                            description: "a branch: goto when the condition holds (the last one may have no if)")
        let step = object([
            "id": id("step id"), "say": text("the line to say or ask; may name fields as {{field}}"), "hint": text("a tip for the rep"),
            "record": id("the field the customer's answer goes into"),
            "next": ["description": "a step id or end, or a list of branches", "anyOf": [["type": "string"], list(branch, description: "branches, tried in order")]],
        ], required: ["id", "say"], description: "a step")
        let rebuttal = object(["technique": id("the technique's name, e.g. laer or feel-felt-found"), "acknowledge": text("LAER: acknowledge"),
                               "explore": text("LAER: one exploring question"), "respond": text("LAER: the response"),
                               "check": text("LAER: a question that checks the answer landed"), "line": text("a single line, for other techniques")],
                              required: ["technique"], description: "one way to answer the objection")
        let persona = object([
            "id": id("persona id"), "name": text("the buyer's name"), "role": text("their job"), "company": text("their company"),
            "difficulty": ["enum": ["easy", "medium", "hard"], "description": "how hard they are to win"],
            "temperament": text("how they come across"), "trust": ["type": "integer", "minimum": 1, "maximum": 100, "description": "starting trust"],
            "opening": text("the first thing they say"),
            "facts": list(object(["field": id("the profile field this fact answers"), "value": text("the value, as the customer would say it"),
                                  "topics": strings("words of questions that reveal it"), "say": lines("what they say when it is revealed"),
                                  "volunteer": ["type": "boolean", "description": "offered unasked when trust is high"]],
                                 required: ["field", "value", "topics", "say"], description: "a hidden fact"), description: "the hidden situation"),
            "replies": object(["unknown": lines("to an open question they have no fact for"), "closed": lines("to a closed question"),
                               "no_fact": lines("to a question about a playbook field they have no fact for"),
                               "pitch": lines("to a pitch"), "refuse": lines("to a close they are not ready for"), "walk_away": lines("when trust runs out"),
                               "neutral": lines("to a statement"), "monologue": lines("after a wall of words"), "agenda": lines("to an agenda or up-front contract"),
                               "small_talk": lines("to small talk"), "summary_agreed": lines("to a summary that is right"),
                               "concern_again": lines("asked again about a concern already explained"), "ask_day": lines("agreed, to a proposal without a day"),
                               "repeat_fact": lines("before a fact asked for again"),
                               "implication": lines("to a question about what the problem does to them, once the pain is told"),
                               "need_payoff": lines("to a question about what would be better with the problem solved, when there is no success fact to tell"), "clarify": lines("when two facts fit a question: %1 and %2 are their labels"),
                               "reaction": lines("to a trial close (\"how does that sound?\") once they have said what they need and heard how it is met"),
                               "reaction_guarded": lines("to a trial close before the seller knows what they need"),
                               "reaction_so_far": lines("to a trial close when nothing has been offered yet")],
                              description: "what they say otherwise"),
                "objections": list(object(["objection": id("an objection id of this playbook"),
                                       "when": ["type": "string", "pattern": "^(pitch|price|close|early-close|monologue|revealed [a-z][a-z0-9_-]*|turn [0-9]+)$",
                                                "description": "pitch, price, close, early-close, monologue, revealed FIELD or turn N"],
                                       "say": text("how they raise it"), "detail": text("what they say when it is explored")],
                                      required: ["objection", "when", "say", "detail"], description: "an objection they raise"), description: "objections"),
            "accepts": object(["facts": ["type": "integer", "minimum": 0, "description": "facts uncovered at least"], "requires": list(identifier, description: "facts that must be uncovered"),
                               "trust": ["type": "integer", "minimum": 0, "maximum": 100, "description": "trust at least"], "say": lines("what they say when they agree"),
                               "ask_date": text("asked when they agree without a date")], required: ["say"], description: "what it takes to agree a next step"),
            "negotiates": object(["ask": lines("what they say to bargain, once ready to buy"),
                                  "wants": ["type": "number", "minimum": 0, "maximum": 100, "description": "the discount they hope for, in percent"],
                                  "traded": lines("said to a concession traded for something"), "given": lines("said to a concession given for nothing"),
                                  "held": lines("said when the price is held"),
                                  "press": lines("said once when the first answer held the price or gave less than wants; the next answer settles it")],
                                 required: ["ask", "wants"],
                                 description: "a buyer who bargains before saying yes"),
        ], required: ["id", "name", "role", "company", "difficulty", "opening", "facts", "accepts"], description: "a role-play buyer")
        var rubric: [String: Any] = [:]
        for item in Rubric.Item.allCases { rubric[item.rawValue] = ["type": "integer", "minimum": 0, "description": "\(item.title): \(item.criterion)"] }
        return [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": "https://rapport.invalid/playbook.schema.json",
            "title": "Rapport playbook",
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "version", "product", "fields", "stages"],
            "properties": [
                "id": id("playbook id"), "version": text("version, quoted (\"1.0\")"), "title": text("a title for people"),
                "product": object(["name": text("product name"), "tagline": text("one line"),
                                   "features": list(object(["id": id("feature id"), "name": text("feature name"), "benefit": text("what it does for the customer"),
                                                            "solves": list(identifier, description: "pain ids"), "proof": text("evidence"),
                                                            "impact": text("a line quantifying impact, may name fields")],
                                                           required: ["id", "name", "benefit"], description: "a feature"), description: "features")],
                                  required: ["name", "features"], description: "what is sold"),
                "pains": list(object(["id": id("pain id"), "label": text("how it reads"), "keywords": strings("words that mean it")], required: ["id", "label"], description: "a pain"),
                              description: "problems customers have"),
                "fields": list(object([
                    "id": id("field id"), "label": text("how it reads"),
                    "type": ["enum": FieldType.allCases.map(\.rawValue), "description": "how answers are read"],
                    "qualifies": ["enum": Qualification.allCases.map(\.rawValue), "description": "the BANT/MEDDICC element it serves"],
                    "choices": list(option, description: "for choice fields"),
                    "tags": ["description": "for tags fields: a list of tags, or pains", "anyOf": [["const": "pains"], list(option, description: "tags")]],
                    "summary": ["enum": Field.SummarySection.allCases.map(\.rawValue), "description": "where the summary lists it"],
                    "questions": ["description": "questions that ask for this field (a list, or a block of one a line): how a practice buyer hears what is asked"],
                    "cues": strings("words that mark this field in a note typed at any step (it is then read from every answer)"),
                ], required: ["id", "type"], description: "a needs-profile field"), description: "the needs profile"),
                "stages": list(object(["id": id("stage id"), "title": text("stage title"), "steps": list(step, description: "steps, in order")],
                                      required: ["id", "steps"], description: "a stage"), description: "the conversation"),
                "ordinary": ["description": "ordinary buyer talk of this playbook's world (a list, or a block of one a line), which objection detection decides against"],
                "objections": list(object(["id": id("objection id"), "title": text("how it reads"), "phrases": ["description": "how customers say it: a list, or a block of one phrase a line", "anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]]],
                                           "rebuttals": list(rebuttal, description: "rebuttals; the first is the card's main answer")],
                                          required: ["id", "phrases", "rebuttals"], description: "an objection"), description: "objections and rebuttals"),
                "closes": list(object(["id": id("close id"), "name": text("technique name"), "when": text("a condition; without it the close always fits"),
                                       "line": text("the line to say, may name fields"), "hint": text("a tip")], required: ["id", "name", "line"], description: "a closing technique"),
                               description: "closing techniques"),
                "competitors": list(object(["id": id("competitor id"), "name": text("their name"), "aliases": strings("other ways customers name them"),
                                            "we_win": strings("where we are stronger"), "they_win": strings("where they are stronger"), "trap": text("a question that moves to our strengths")],
                                           required: ["id", "name"], description: "a battle card"), description: "rivals with battle cards"),
                "negotiation": object([
                    "price": object(["amount": ["type": "number", "minimum": 0, "description": "the list price per unit per period"],
                                     "period": ["enum": ["year", "month", "once"], "description": "how often it is paid (default year; once for a purchase)"],
                                     "currency": ["type": "string", "pattern": "^[A-Z]{3}$", "description": "a three-letter code: USD, EUR, GBP"],
                                     "per": text("the unit priced: finance user, entity, seat"),
                                     "count": id("a number field that counts the units (the price is amount × count)")],
                                    required: ["amount"], description: "the price for this customer"),
                    "authority": object(["rep": ["type": "number", "minimum": 0, "maximum": 100, "description": "the most discount, in percent, a rep gives alone"],
                                         "manager": ["type": "number", "minimum": 0, "maximum": 100, "description": "the most a manager may approve"]],
                                        required: ["rep"], description: "who may give how much discount"),
                    "walk_away": object(["discount": ["type": "number", "minimum": 0, "maximum": 100, "description": "no deal past this discount, in percent"],
                                         "when": strings("other reasons to walk away, in words")], description: "where to walk away"),
                    "concessions": list(object(["id": id("the concession's id, used with /give"), "label": text("what is given, as said"),
                                                "ask": text("what to ask for in return"), "discount": ["type": "boolean", "description": "true: it carries a percentage"]],
                                               required: ["id", "label", "ask"], description: "one thing that may be given"),
                                        description: "what may be given, each with what to ask in return"),
                    "anchor": text("the line stating the price (templates: fields and {{price}})"),
                    "best_price": text("the answer to \"what's your best price?\""),
                ], required: ["price", "authority", "concessions"], description: "price, authority, concessions and walk-away"),
                "ideal_customer": object([
                    "fits": list(object(["attribute": text("a lead attribute as imported: erp, finance_team, employees, industry, trigger, source…"),
                                         "any": strings("the value is one of these"), "contains": strings("the value contains one of these words"),
                                         "between": ["type": "array", "items": ["type": "number"], "minItems": 2, "maxItems": 2, "description": "a number from the first to the second"],
                                         "below": ["type": "number", "description": "a number under this"], "above": ["type": "number", "description": "a number over this"],
                                         "weight": ["type": "integer", "minimum": 1, "maximum": 1000, "description": "points towards fit"],
                                         "reason": text("said when it holds; {value} is the lead's value"),
                                         "objections": strings("objection ids a lead like this tends to raise")],
                                        required: ["attribute", "weight", "reason"], description: "one attribute that makes a lead a better fit"),
                                 description: "what makes a lead fit, with points"),
                    "disqualify": list(object(["attribute": text("a lead attribute"), "any": strings("the value is one of these"), "contains": strings("the value contains one of these words"),
                                               "between": ["type": "array", "items": ["type": "number"], "minItems": 2, "maxItems": 2, "description": "a number from the first to the second"],
                                               "below": ["type": "number", "description": "a number under this"], "above": ["type": "number", "description": "a number over this"],
                                               "reason": text("why such a lead is not worth calling; {value} is the lead's value")],
                                              required: ["attribute", "reason"], description: "one attribute that rules a lead out"),
                                       description: "what rules a lead out"),
                    "opener": text("the first line of a call with a lead: {contact}, {trigger}, {account}, {industry} are the lead's"),
                ], required: ["fits"], description: "who is worth calling: `rapport leads` ranks imported leads by it"),
                "follow_up": object(["next_step": id("a text field for the agreed next step"), "date": id("a date field for its date")], required: ["next_step", "date"],
                                    description: "where /next writes the agreed next step"),
                "personas": list(persona, description: "buyers for rapport practice"),
                "rubric": ["type": "object", "additionalProperties": false, "properties": rubric, "description": "practice scoring weights, adding up to 100"],
                "summary": text("the summary template (Mustache, plain text)"),
            ] as [String: Any],
        ]
    }
}
