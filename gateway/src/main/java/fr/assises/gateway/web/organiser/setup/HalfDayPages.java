package fr.assises.gateway.web.organiser.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Visitor;
import io.smallrye.common.annotation.Blocking;

/**
 * Adds or removes a half-day of the congress. programme-service stores the half-days with the congress, so each
 * change sends the whole congress back with its version.
 */
@Path("/organisation/{slug}/configuration/demi-journees")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class HalfDayPages {

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    SetupPage page;

    @Inject
    @RestClient
    ProgrammeClient programme;

    /** A half-day on a date of the congress, a morning or an afternoon; its times default to the usual ones. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHalfDay(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("halfDay", fields);
        return page.change(congress, kept, "newHalfDay", () -> {
            Dto.CongressSetup current = programme.setup(congress.congressId());
            LocalDate day = SetupFields.date(fields.getFirst("date"));
            String period = fields.getFirst("period");
            boolean morning = "MORNING".equals(period);
            LocalTime start = Forms.blankToNull(fields.getFirst("start")) == null
                    ? LocalTime.of(morning ? 9 : 14, 0) : SetupFields.time(fields.getFirst("start"));
            LocalTime end = Forms.blankToNull(fields.getFirst("end")) == null
                    ? LocalTime.of(morning ? 12 : 17, 30) : SetupFields.time(fields.getFirst("end"));
            String refusal = null;
            if (day == null) {
                refusal = visitor.words(SetupMsg.class).day_expected();
            } else if (!morning && !"AFTERNOON".equals(period)) {
                refusal = visitor.words(SetupMsg.class).period_expected();
            } else if (start == null || end == null) {
                refusal = visitor.words(SetupMsg.class).time_expected();
            } else if (morning != start.isBefore(LocalTime.NOON)) {
                refusal = visitor.words(SetupMsg.class).period_mismatch();
            }
            if (refusal != null) {
                return page.refused(congress, kept, "newHalfDay", refusal);
            }
            ZoneId zone = SetupFields.zone(current);
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>(SetupFields.requests(current));
            halfDays.add(new Dto.HalfDayRequest(SetupFields.at(day, start, zone), SetupFields.at(day, end, zone)));
            putHalfDays(congress, current, halfDays);
            return SetupPage.saved(slug, "halfday-added", "#demi-journees");
        });
    }

    /** Removes a half-day, refused while a session of the draft programme is placed in it. */
    @POST
    @Path("{code}/suppression")
    public Response removeHalfDay(@PathParam("slug") String slug, @PathParam("code") String code) {
        Dto.Congress congress = congresses.bySlug(slug);
        String field = "halfDay-" + code;
        return page.change(congress, Kept.none(), field, () -> {
            Dto.CongressSetup current = programme.setup(congress.congressId());
            if (current.halfDaysOrEmpty().stream().noneMatch(h -> h.code().equals(code))) {
                return SetupPage.saved(slug, "halfday-removed", "#demi-journees");
            }
            List<String> held = programme.sessions(congress.congressId()).stream()
                    .filter(s -> code.equals(s.halfDayCode())).map(Dto.PlannedSession::title).toList();
            if (!held.isEmpty()) {
                return page.refused(congress, Kept.none(), field, visitor.words(SetupMsg.class)
                        .half_day_holds(code, held.size(), String.join(", ", held)));
            }
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>();
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                if (!h.code().equals(code)) {
                    halfDays.add(new Dto.HalfDayRequest(h.start(), h.end()));
                }
            }
            putHalfDays(congress, current, halfDays);
            return SetupPage.saved(slug, "halfday-removed", "#demi-journees");
        });
    }

    private void putHalfDays(Dto.Congress congress, Dto.CongressSetup current,
            List<Dto.HalfDayRequest> halfDays) {
        programme.updateCongress(congress.congressId(), new Dto.CongressRequest(current.title(),
                current.slug(), current.startDate(), current.endDate(), current.venue(), current.timeZone(),
                current.status(), halfDays, current.version()));
    }
}
