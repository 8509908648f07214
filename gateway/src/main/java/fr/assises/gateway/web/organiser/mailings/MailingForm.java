package fr.assises.gateway.web.organiser.mailings;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.web.shared.Forms;

/**
 * A mailing as typed: the French and English mails and the recipients' filter. {@code answer} is one field
 * holding {@code <question id>|<value>}, so one list offers every answer to every choice question.
 */
public record MailingForm(String subject, String text, String subjectEn, String textEn, String status,
        String category, String sessionId, String q, String answer) {

    static MailingForm empty() {
        return new MailingForm(null, null, null, null, null, null, null, null, null);
    }

    static MailingForm of(MultivaluedMap<String, String> fields) {
        return new MailingForm(typed(fields, "subject"), fields.getFirst("text") == null ? null
                : Forms.blankToNull(fields.getFirst("text")), typed(fields, "subjectEn"), typed(fields, "textEn"),
                typed(fields, "status"), typed(fields, "category"), typed(fields, "sessionId"), typed(fields, "q"),
                typed(fields, "answer"));
    }

    MailingClient.Request request() {
        String question = null;
        String value = null;
        if (answer != null && answer.contains("|")) {
            question = answer.substring(0, answer.indexOf('|'));
            value = answer.substring(answer.indexOf('|') + 1);
        }
        return new MailingClient.Request(subject == null ? "" : subject, text == null ? "" : text, subjectEn,
                textEn, status, category, sessionId, q, question, value);
    }

    /** The placeholders registration-service replaces (written here, as a message cannot hold braces). */
    public String tagFirst() {
        return "{prénom}";
    }

    public String tagLast() {
        return "{nom}";
    }

    public String tagCongress() {
        return "{congrès}";
    }

    public boolean english() {
        return subjectEn != null && textEn != null;
    }

    private static String typed(MultivaluedMap<String, String> fields, String name) {
        return Forms.blankToNull(fields.getFirst(name));
    }
}
