package fr.assises.gateway.web.organiser.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The congress set-up: title, venue, dates and the times of each half-day (the address, slug, stays as it is; the
 * status changes through the console's confirmed actions, web/organiser/editions). The page also holds the half-day and room forms ({@link HalfDayPages}, {@link RoomPages}).
 */
@Path("/organisation/{slug}/configuration")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CongressSetupPages {

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    SetupPage page;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @GET
    public TemplateInstance setup(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page.render(congress, Kept.none(), FormErrors.none(), flash);
    }

    /**
     * Half-days keep their date: new dates that would leave one outside, or renumber one holding sessions (codes J1,
     * J2… count from the first day), are refused here before programme-service sees them.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSetup(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("congress", fields);
        return page.change(congress, kept, "congress", () -> {
            Dto.CongressSetup current = programme.setup(congress.congressId());
            LocalDate startDate = SetupFields.date(fields.getFirst("startDate"));
            LocalDate endDate = SetupFields.date(fields.getFirst("endDate"));
            Map<String, String> refused = new LinkedHashMap<>();
            if (startDate == null) {
                refused.put("startDate", visitor.words(SetupMsg.class).date_expected());
            }
            if (endDate == null) {
                refused.put("endDate", visitor.words(SetupMsg.class).date_expected());
            }
            ZoneId zone = SetupFields.zone(current);
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>();
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                LocalTime start = SetupFields.time(fields.getFirst("start_" + h.code()));
                LocalTime end = SetupFields.time(fields.getFirst("end_" + h.code()));
                if (start == null || end == null) {
                    refused.putIfAbsent("halfDays", visitor.words(SetupMsg.class).times_expected());
                } else {
                    halfDays.add(new Dto.HalfDayRequest(SetupFields.at(h.date(), start, zone),
                            SetupFields.at(h.date(), end, zone)));
                }
            }
            if (refused.isEmpty()) {
                refused.putAll(datesRefused(congress, current, startDate, endDate));
            }
            if (!refused.isEmpty()) {
                return Forms.html(422, page.render(congress, kept, new FormErrors(refused, null), null));
            }
            programme.updateCongress(congress.congressId(), new Dto.CongressRequest(
                    fields.getFirst("title"), current.slug(), startDate, endDate, fields.getFirst("venue"),
                    current.timeZone(), null, halfDays,
                    current.version()));
            return SetupPage.saved(slug, "saved", "");
        });
    }

    /** Why the congress cannot move to these dates, by field; empty when it can. */
    private Map<String, String> datesRefused(Dto.Congress congress, Dto.CongressSetup current,
            LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            return Map.of("endDate", visitor.words(SetupMsg.class).end_before_start());
        }
        for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
            if (h.date().isBefore(startDate) || h.date().isAfter(endDate)) {
                String day = Formats.longDate(h.date(), visitor.locale());
                return Map.of(h.date().isBefore(startDate) ? "startDate" : "endDate", visitor.words(SetupMsg.class).half_day_outside(h.code(), day));
            }
        }
        if (!startDate.equals(current.startDate())) {
            Set<String> held = new HashSet<>();
            programme.sessions(congress.congressId()).forEach(s -> held.add(s.halfDayCode()));
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                String renumbered = SetupFields.code(startDate, h.date(), h.period());
                if (held.contains(h.code()) && !renumbered.equals(h.code())) {
                    return Map.of("startDate", visitor.words(SetupMsg.class)
                            .half_day_renumbered(h.code(), renumbered));
                }
            }
        }
        return Map.of();
    }
}
