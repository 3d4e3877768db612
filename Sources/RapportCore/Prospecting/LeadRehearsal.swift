/// A practice buyer built from a lead, so a trainee rehearses the real call: a persona of the
/// playbook as its character (temperament, objections, what it takes to agree), with the lead's
/// name, role and company, and the lead's known values in place of the persona's facts for the
/// same fields (or added, asked about with the field's example questions). Pure and the same
/// every time, so a practice transcript that names the lead rebuilds the same buyer.
public enum LeadRehearsal {
    public static func persona(for lead: Lead, basedOn template: Persona, playbook: Playbook, today: CalendarDay) -> Persona {
        var persona = template
        if let contact = lead["contact"] { persona.name = contact }
        if let title = lead["title"] { persona.role = title }
        persona.company = lead.account + (lead["industry"].map { ", \($0.lowercased())" } ?? "")
        for (fieldID, words) in lead.facts(for: playbook, today: today) {
            guard fieldID != "contact", let field = playbook.field(fieldID) else { continue }
            // Said as a buyer answers: the value, a number rounded in speech.
            let say = field.type == .number ? "\(words), give or take." : "\(words)."
            if let index = persona.facts.firstIndex(where: { $0.field == fieldID }) {
                persona.facts[index].value = words
                persona.facts[index].say = [say]
            } else {
                persona.facts.append(PersonaFact(field: fieldID, value: words, topics: field.cues, say: [say], volunteer: false, location: template.location))
            }
        }
        return persona
    }
}
