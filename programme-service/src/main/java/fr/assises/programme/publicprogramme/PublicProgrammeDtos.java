package fr.assises.programme.publicprogramme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fr.assises.programme.congress.CongressDtos.PublicCongressView;
import fr.assises.programme.congress.HalfDay;
import fr.assises.programme.release.SessionSnapshot.ThemeRef;
import fr.assises.programme.session.SessionKind;
import fr.assises.programme.session.SessionStatus;
import fr.assises.programme.speaker.SpeakerDtos.PublicSpeakerView;

/** The public programme: the latest release only, speakers only with their consent, never contact details. */
public final class PublicProgrammeDtos {

    private PublicProgrammeDtos() {
    }

    public record PublicSession(UUID id, SessionKind kind, String title, String description, String halfDayCode,
            OffsetDateTime start, OffsetDateTime end, UUID roomId, String roomName, Boolean roomAccessible,
            Integer capacity, UUID seriesId, List<ThemeRef> themes, List<PublicSpeakerView> speakers,
            PublicSpeakerView moderator, SessionStatus status, long version) {
    }

    public record PublicHalfDay(String code, LocalDate date, HalfDay.Period period, OffsetDateTime start,
            OffsetDateTime end, List<PublicSession> sessions) {
    }

    public record PublicProgramme(PublicCongressView congress, Integer release, OffsetDateTime publishedAt,
            List<PublicHalfDay> halfDays) {
    }
}
