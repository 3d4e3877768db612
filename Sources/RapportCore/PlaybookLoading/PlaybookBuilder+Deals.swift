import Mustache
import Yams

/// Follow-up fields, the ideal customer profile and the negotiation card.
extension PlaybookBuilder {
    mutating func readFollowUp(_ node: Node?, fields: [Field]) -> FollowUpFields? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, "follow_up", known: ["next_step", "date"], required: ["next_step", "date"]),
            let step = reader.identifier(map["next_step"], "next_step field"),
            let date = reader.identifier(map["date"], "date field")
        else { return nil }
        var valid = true
        for (id, type, key) in [(step, FieldType.text, "next_step"), (date, FieldType.date, "date")] {
            guard let field = fields.first(where: { $0.id == id }) else {
                reader.error(map[key], .followUp, "follow_up names unknown field '\(id)'\(suggest(id, Set(fields.map(\.id))))")
                valid = false
                continue
            }
            if field.type != type {
                reader.error(map[key], .followUp, "follow_up \(key) must be a \(type.rawValue) field, but '\(id)' is \(field.type.rawValue)")
                valid = false
            }
        }
        return valid ? FollowUpFields(nextStep: step, date: date) : nil
    }

    mutating func readIdealCustomer(_ node: Node?, objections: Set<String>) -> IdealCustomer? {
        guard let node, let map = reader.mapping(node, "ideal_customer", known: ["fits", "disqualify", "opener"], required: ["fits"]) else { return nil }
        func criteria(_ key: String, weighted: Bool) -> [IdealCustomer.Criterion] {
            reader.list(map[key], "ideal_customer \(key)").compactMap { item in
                guard let c = reader.mapping(item, "an ideal_customer \(key) entry", known: ["attribute", "any", "contains", "between", "below", "above", "weight", "reason", "objections"],
                                             required: weighted ? ["attribute", "weight", "reason"] : ["attribute", "reason"]),
                      let attribute = reader.string(c["attribute"], "attribute"), let reason = reader.string(c["reason"], "reason")
                else { return nil }
                let tests = ["any", "contains", "between", "below", "above"].filter { c[$0] != nil }
                guard tests.count == 1 else {
                    reader.error(item, .idealCustomer, "ideal_customer entry for '\(attribute)' needs exactly one test: any, contains, between, below or above")
                    return nil
                }
                func number(_ node: Node?) -> Double? {
                    guard let node, let text = reader.string(node, "a number") else { return nil }
                    guard let value = IdealCustomer.number(text) else {
                        reader.error(node, .idealCustomer, "ideal_customer: '\(text)' is not a number")
                        return nil
                    }
                    return value
                }
                let test: IdealCustomer.Criterion.Test
                switch tests[0] {
                case "any": test = .anyOf(reader.strings(c["any"], "any"))
                case "contains": test = .contains(reader.strings(c["contains"], "contains"))
                case "below": test = .between(nil, number(c["below"]).map { $0 - 0.000_001 })
                case "above": test = .between(number(c["above"]).map { $0 + 0.000_001 }, nil)
                default:
                    let ends = reader.list(c["between"], "between")
                    guard ends.count == 2 else {
                        reader.error(c["between"], .idealCustomer, "ideal_customer between needs two numbers, as in [5, 50]")
                        return nil
                    }
                    test = .between(number(ends[0]), number(ends[1]))
                }
                var weight = 0
                if weighted {
                    guard let text = reader.string(c["weight"], "weight"), let value = Int(text), value > 0, value <= 1000 else {
                        reader.error(c["weight"], .idealCustomer, "ideal_customer weight must be a whole number of points from 1 to 1000")
                        return nil
                    }
                    weight = value
                }
                let named = reader.strings(c["objections"], "objections")
                for id in named where !objections.contains(id) {
                    reader.error(c["objections"], .unknownObjection, "ideal_customer names unknown objection '\(id)'")
                }
                return IdealCustomer.Criterion(attribute: attribute, test: test, weight: weight, reason: reason, objections: named.filter(objections.contains))
            }
        }
        return IdealCustomer(fits: criteria("fits", weighted: true), disqualifiers: criteria("disqualify", weighted: false),
                             opener: map["opener"].flatMap { reader.string($0, "ideal_customer opener") })
    }

    mutating func readNegotiation(_ node: Node?, fields: [Field]) -> Negotiation? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, "negotiation", known: ["price", "authority", "walk_away", "concessions", "anchor", "best_price"],
                                       required: ["price", "authority", "concessions"])
        else { return nil }
        func number(_ node: Node?, _ what: String) -> Double? {
            guard let node else { return nil }
            guard let text = reader.string(node, what), let value = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")),
                value >= 0, value.isFinite
            else {
                reader.error(node, .negotiation, "negotiation \(what) must be a number, 0 or more")
                return nil
            }
            return value
        }
        var negotiation = Negotiation(amount: 0, currency: "USD", unit: nil, countField: nil, repAuthority: 0, managerAuthority: 0,
                                      walkAwayDiscount: 100, walkAwayWhen: [], concessions: [], anchor: nil, bestPrice: nil)
        if let price = map["price"], let p = reader.mapping(price, "negotiation price", known: ["amount", "currency", "per", "count", "period"], required: ["amount"]) {
            negotiation.amount = number(p["amount"], "price amount") ?? 0
            if let currency = p["currency"].flatMap({ reader.string($0, "currency") }) {
                if currency.count == 3, currency.allSatisfy(\.isUppercase) { negotiation.currency = currency } else {
                    reader.error(p["currency"], .negotiation, "negotiation currency must be a three-letter code such as USD, EUR or GBP")
                }
            }
            negotiation.unit = p["per"].flatMap { reader.string($0, "per") }
            if let node = p["period"], let period = reader.string(node, "period") {
                if let known = Negotiation.Period(rawValue: period) { negotiation.period = known } else {
                    reader.error(node, .negotiation, "negotiation price period must be year, month or once, not '\(period)'")
                }
            }
            if let count = p["count"], let id = reader.identifier(count, "count field") {
                if let field = fields.first(where: { $0.id == id }) {
                    if field.type == .number { negotiation.countField = id } else {
                        reader.error(count, .negotiation, "negotiation price count must be a number field, but '\(id)' is \(field.type.rawValue)")
                    }
                } else {
                    reader.error(count, .negotiation, "negotiation price counts unknown field '\(id)'\(suggest(id, Set(fields.map(\.id))))")
                }
            }
        }
        if let authority = map["authority"], let a = reader.mapping(authority, "negotiation authority", known: ["rep", "manager"], required: ["rep"]) {
            negotiation.repAuthority = number(a["rep"], "authority rep (a discount in percent)") ?? 0
            negotiation.managerAuthority = number(a["manager"], "authority manager (a discount in percent)") ?? negotiation.repAuthority
            if negotiation.managerAuthority < negotiation.repAuthority {
                reader.error(a["manager"], .negotiation, "negotiation authority: a manager may give no less than a rep (\(negotiation.managerAuthority)% < \(negotiation.repAuthority)%)")
            }
        }
        if let walk = map["walk_away"], let w = reader.mapping(walk, "negotiation walk_away", known: ["discount", "when"]) {
            if let discount = number(w["discount"], "walk_away discount (in percent)") {
                negotiation.walkAwayDiscount = discount
                if discount < negotiation.managerAuthority {
                    reader.error(w["discount"], .negotiation, "negotiation walk_away discount (\(discount)%) is below what a manager may give (\(negotiation.managerAuthority)%)")
                }
            }
            negotiation.walkAwayWhen = w["when"].map { reader.strings($0, "walk_away when") } ?? []
        }
        var seen: Set<String> = []
        for item in reader.list(map["concessions"], "negotiation concessions") {
            guard let c = reader.mapping(item, "a concession", known: ["id", "label", "ask", "discount"], required: ["id", "label", "ask"]),
                let id = reader.identifier(c["id"], "concession id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(c["id"], .duplicateID, "duplicate concession id '\(id)' in negotiation") }
            let discount = c["discount"].flatMap { reader.string($0, "discount") }
            if let discount, !["true", "false", "yes", "no"].contains(discount) {
                reader.error(c["discount"], .negotiation, "negotiation concession discount must be true or false")
            }
            negotiation.concessions.append(Negotiation.Concession(
                id: id, label: reader.string(c["label"], "concession label") ?? id, ask: reader.string(c["ask"], "concession ask") ?? "",
                discount: discount == "true" || discount == "yes", location: reader.location(item)))
        }
        if negotiation.concessions.isEmpty { reader.error(map["concessions"], .negotiation, "negotiation needs at least one concession (what you may give, and what to ask in return)") }
        for (key, keyPath) in [("anchor", \Negotiation.anchor), ("best_price", \Negotiation.bestPrice)] {
            guard let line = map[key], let text = reader.string(line, key) else { continue }
            negotiation[keyPath: keyPath] = text
            templates.append((text, line, "negotiation \(key)"))
        }
        return negotiation
    }
}
