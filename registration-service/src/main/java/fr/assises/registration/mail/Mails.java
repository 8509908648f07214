package fr.assises.registration.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.calendar.Ical;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationItem;
import fr.assises.registration.registering.RegistrationRepository;
import io.quarkus.qute.Engine;

/** Asks for and renders participant e-mails (Qute templates, French unless the participant chose English). */
@ApplicationScoped
public class Mails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Map<MailKind, String> SUBJECT_FR = Map.of(
            MailKind.CONFIRMED, "Votre inscription est confirmée",
            MailKind.WAITLISTED, "Vous êtes sur liste d'attente",
            MailKind.PROMOTED, "Une place s'est libérée : votre inscription est confirmée",
            MailKind.OFFERED, "Une place vous est proposée",
            MailKind.CHANGED, "Votre inscription a été modifiée",
            MailKind.CANCELLED, "Votre inscription est annulée",
            MailKind.REMINDER, "Rappel : le congrès approche",
            MailKind.INVITATION, "Vous êtes inscrit(e) : retrouvez votre inscription dans votre espace");
    private static final Map<MailKind, String> SUBJECT_EN = Map.of(
            MailKind.CONFIRMED, "Your registration is confirmed",
            MailKind.WAITLISTED, "You are on the waiting list",
            MailKind.PROMOTED, "A place became free: your registration is confirmed",
            MailKind.OFFERED, "A place is offered to you",
            MailKind.CHANGED, "Your registration has changed",
            MailKind.CANCELLED, "Your registration is cancelled",
            MailKind.REMINDER, "Reminder: the congress is coming",
            MailKind.INVITATION, "You are registered: find your registration in your space");

    /** The subject of a kind of mail, in English or French. */
    static String subject(MailKind kind, boolean english) {
        return (english ? SUBJECT_EN : SUBJECT_FR).get(kind);
    }

    @Inject
    Engine engine;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<MailRequest> asked;

    @Inject
    MailConfig config;

    @Inject
    SurveyMailRendering surveyMails;

    /**
     * Asks for a mail inside the caller's transaction: a {@code mail_outbox} row, committed or rolled back with
     * the change it tells about. Nothing is looked up or rendered here, so the congress seat lock is not held for
     * it; {@link MailRelay} renders and sends it after the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Registration r, MailKind kind) {
        if (r.email == null || r.anonymisedAt != null) {
            return;
        }
        ask(new MailRequest(UUID.randomUUID(), r.id, kind, null, null, null, null));
    }

    /** A message the committee writes to a group; sent after the commit like every other mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueMessage(Registration r, String subject, String text) {
        if (r.email == null || r.anonymisedAt != null) {
            return false;
        }
        ask(new MailRequest(UUID.randomUUID(), r.id, MailKind.MESSAGE, subject, text, null, null));
        return true;
    }

    /**
     * A message about a registration to another address than the participant's: an overdue invoice's reminder to
     * the paying organisation's accounting address. Sent after the commit like every other mail, whether or not the
     * participant still has an address (the organisation owes the invoice either way).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueMessageTo(String recipient, Registration about, String subject, String text) {
        ask(new MailRequest(UUID.randomUUID(), about.id, MailKind.MESSAGE, subject, text, null, recipient));
    }

    /**
     * A survey invitation or reminder with the person's own opener link and the questionnaire's title; sent after
     * the commit like every other mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueSurvey(Registration r, MailKind kind, String title, String link) {
        if (r.email == null || r.anonymisedAt != null || !kind.survey()) {
            return false;
        }
        ask(new MailRequest(UUID.randomUUID(), r.id, kind, title, null, link, null));
        return true;
    }

    private void ask(MailRequest request) {
        entityManager.createNativeQuery("""
                insert into mail_outbox (id, registration_id, kind, subject, text, link, recipient)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, request.id())
                .setParameter(2, request.registrationId())
                .setParameter(3, request.kind().name())
                .setParameter(4, request.subject())
                .setParameter(5, request.text())
                .setParameter(6, request.link())
                .setParameter(7, request.recipient())
                .executeUpdate();
        // wakes the relay once the transaction committed (never after a rollback)
        asked.fire(request);
    }

    /**
     * Renders requested mails, in order, from the committed registrations, in one short read transaction after
     * the commits that asked for them. Registrations with their items, then their sessions, are read with one
     * query each for the whole batch, so a burst of registrations costs a few queries rather than several per
     * mail. A registration that no longer exists or no longer has an e-mail gets nothing.
     */
    @Transactional
    public List<OutgoingMail> render(List<MailRequest> requests) {
        Set<UUID> ids = requests.stream().map(MailRequest::registrationId).collect(Collectors.toSet());
        Map<UUID, Registration> byId = registrations.getEntityManager().createQuery("""
                select distinct r from Registration r left join fetch r.items where r.id in ?1""",
                Registration.class)
                .setParameter(1, ids)
                .getResultList().stream()
                // the fetch join repeats a registration once per item
                .collect(Collectors.toMap(r -> r.id, Function.identity(), (a, b) -> a));
        Set<UUID> held = byId.values().stream().flatMap(r -> r.items.stream()).map(RegistrationItem::heldSession)
                .collect(Collectors.toSet());
        if (!held.isEmpty()) {
            // loads them into the persistence context: prepare's lookups below are then answered from memory
            sessions.list("id in ?1", held);
        }
        List<OutgoingMail> rendered = new ArrayList<>();
        for (MailRequest request : requests) {
            if (request.recipient() != null) {
                rendered.add(new OutgoingMail(request.id(), request.registrationId(), MailKind.MESSAGE,
                        request.recipient(), request.subject(), request.text(), null));
                continue;
            }
            Registration r = byId.get(request.registrationId());
            if (r == null || r.email == null || r.anonymisedAt != null) {
                continue;
            }
            if (request.kind().survey()) {
                rendered.add(surveyMails.render(request, r, congresses.findById(r.congressId)));
                continue;
            }
            rendered.add(request.kind() == MailKind.MESSAGE
                    ? new OutgoingMail(request.id(), r.id, MailKind.MESSAGE, r.email, request.subject(),
                            request.text(), null)
                    : prepare(request.id(), r, request.kind()));
        }
        return rendered;
    }

    public OutgoingMail prepare(UUID requestId, Registration r, MailKind kind) {
        boolean en = "en".equals(r.language);
        Congress congress = congresses.findById(r.congressId);
        List<String> lines = new ArrayList<>();
        List<ProgrammeSession> own = new ArrayList<>();
        for (RegistrationItem item : r.items) {
            ProgrammeSession s = sessions.findById(item.heldSession());
            String title = s == null ? item.heldSession().toString() : s.title;
            String when = s == null || s.startAt == null ? ""
                    : DateTimeFormatter.ofPattern(en ? "d MMM HH:mm" : "d MMM HH'h'mm", en ? Locale.ENGLISH
                            : Locale.FRENCH).format(s.startAt.atZone(PARIS)) + " ";
            lines.add(when + title + " — " + itemStatus(item.status, en));
            if (s != null && RegistrationItem.CONFIRMED.equals(item.status)) {
                own.add(s);
            }
        }
        String text = engine.getTemplate("mail/body_" + (en ? "en" : "fr"))
                .data("kind", kind.name())
                .data("name", r.displayName().trim())
                .data("congress", congress == null ? "" : congress.title)
                .data("status", r.status)
                .data("lines", lines)
                .data("claimUrl", config.claimUrl())
                .data("offerExpires", r.offerExpiresAt == null ? null
                        : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(r.offerExpiresAt.atZone(PARIS)))
                .render();
        byte[] ics = kind == MailKind.REMINDER ? calendar(r, congress, own) : null;
        return new OutgoingMail(requestId, r.id, kind, r.email, (en ? SUBJECT_EN : SUBJECT_FR).get(kind), text, ics);
    }

    /** The participant's own confirmed sessions as an iCalendar file (RFC 5545, lines folded by octets). */
    static byte[] calendar(Registration r, Congress congress, List<ProgrammeSession> own) {
        Ical ics = new Ical().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .raw("PRODID", "-//Assises//registration//FR").raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH");
        Instant stamp = Instant.now();
        for (ProgrammeSession s : own) {
            if (s.startAt == null || s.endAt == null) {
                continue;
            }
            ics.raw("BEGIN", "VEVENT").raw("UID", s.id + "-" + r.id + "@assises").time("DTSTAMP", stamp)
                    .time("DTSTART", s.startAt).time("DTEND", s.endAt).text("SUMMARY", s.title);
            if (s.roomName != null || (congress != null && congress.venue != null)) {
                String where = (s.roomName == null ? "" : s.roomName)
                        + (congress != null && congress.venue != null ? ", " + congress.venue : "");
                ics.text("LOCATION", where);
            }
            ics.raw("END", "VEVENT");
        }
        return ics.raw("END", "VCALENDAR").bytes();
    }

    private static String itemStatus(String status, boolean en) {
        return switch (status) {
            case RegistrationItem.CONFIRMED -> en ? "confirmed" : "confirmé";
            case RegistrationItem.WAITLISTED -> en ? "waiting list" : "liste d'attente";
            default -> en ? "pending" : "en attente de confirmation";
        };
    }
}
