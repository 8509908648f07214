package fr.assises.registration.mail;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.assises.registration.organiser.SearchFilter;

/** The filter a mailing was sent to, as kept in its history (null: any). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailingFilter(String status, String category, UUID sessionId, Boolean checkedIn, Boolean lateChange,
        String q, UUID question, String answer) {

    SearchFilter search() {
        return new SearchFilter(status, category, sessionId, checkedIn, lateChange, q, question, answer);
    }
}
