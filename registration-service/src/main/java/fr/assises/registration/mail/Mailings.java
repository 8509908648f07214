package fr.assises.registration.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.organiser.OrganiserRegistrations;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;

/**
 * The committee e-mails a filtered group (a workshop's people, the waiting list, a category…), each in their
 * language, with their own name: previewed first, then sent and kept in the history.
 */
@ApplicationScoped
public class Mailings {

    static final String MESSAGE = "MESSAGE";

    @Inject
    CongressRepository congresses;

    @Inject
    OrganiserRegistrations registrations;

    @Inject
    Mails mails;

    @Inject
    MailingHistory history;

    @Transactional
    public int send(UUID congressId, MailingRequest request, MailingHistory.Sender sender) {
        Congress congress = congresses.require(congressId);
        List<UUID> sent = new ArrayList<>();
        for (Registration r : reachable(congressId, request)) {
            MailingViews.Message message = personal(request, r, congress);
            if (mails.queueMessage(r, message.subject(), message.text())) {
                sent.add(r.id);
            }
        }
        history.record(congressId, MESSAGE, new MailingViews.Message(request.subject(), request.text()),
                request.english() ? new MailingViews.Message(request.subjectEn(), request.textEn()) : null,
                request.filter(), sent, sender);
        return sent.size();
    }

    /** Nothing sent nor kept: the count, and both languages with the first recipient's values. */
    @Transactional
    public MailingViews.Preview preview(UUID congressId, MailingRequest request) {
        Congress congress = congresses.require(congressId);
        List<Registration> reached = reachable(congressId, request);
        int english = (int) reached.stream().filter(r -> "en".equals(r.language)).count();
        Registration sample = reached.isEmpty() ? null : reached.get(0);
        MailingViews.Message fr = fill(request.subject(), request.text(), sample, congress);
        MailingViews.Message en = request.english() ? fill(request.subjectEn(), request.textEn(), sample, congress)
                : fr;
        return new MailingViews.Preview(reached.size(), english,
                sample == null ? null : sample.displayName().trim(), fr, en);
    }

    private List<Registration> reachable(UUID congressId, MailingRequest request) {
        return registrations.matching(congressId, request.filter().search()).stream()
                .filter(r -> r.email != null && r.anonymisedAt == null).toList();
    }

    private static MailingViews.Message personal(MailingRequest request, Registration r, Congress congress) {
        return "en".equals(r.language) && request.english()
                ? fill(request.subjectEn(), request.textEn(), r, congress)
                : fill(request.subject(), request.text(), r, congress);
    }

    /** {@code {prénom}}, {@code {nom}}, {@code {congrès}} (also without accents) replaced by the recipient's values. */
    static MailingViews.Message fill(String subject, String text, Registration r, Congress congress) {
        return new MailingViews.Message(replace(subject, r, congress), replace(text, r, congress));
    }

    private static String replace(String template, Registration r, Congress congress) {
        String first = r == null || r.firstName == null ? "" : r.firstName;
        String last = r == null || r.lastName == null ? "" : r.lastName;
        String title = congress == null || congress.title == null ? "" : congress.title;
        return template.replace("{prénom}", first).replace("{prenom}", first).replace("{nom}", last)
                .replace("{congrès}", title).replace("{congres}", title);
    }
}
