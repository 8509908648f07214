package fr.assises.gateway.web.organiser.editions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** A new edition from scratch: title, address, dates, venue and time zone; created as a draft. */
@Path("/organisation/editions/nouvelle")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class NewEditionPages {

    static final String FORM = "edition";

    @CheckedTemplate(basePath = "organiser/editions")
    static class Templates {
        static native TemplateInstance newEdition(Visitor.Page page, Kept kept, FormErrors errors, List<String> zones);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    EditionsClient editions;

    @GET
    public TemplateInstance form() {
        return render(Kept.none(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        Kept kept = new Kept(FORM, fields);
        LocalDate start = EditionFields.date(fields.getFirst("startDate"));
        LocalDate end = EditionFields.date(fields.getFirst("endDate"));
        Map<String, String> unreadable = new LinkedHashMap<>();
        if (start == null) {
            unreadable.put("startDate", visitor.words(EditionsMsg.class).date_expected());
        }
        if (end == null) {
            unreadable.put("endDate", visitor.words(EditionsMsg.class).date_expected());
        }
        if (!unreadable.isEmpty()) {
            return Forms.html(422, render(kept, new FormErrors(unreadable, null)));
        }
        ZoneId zone = EditionFields.zone(fields.getFirst("timeZone"));
        String slug = Forms.blankToNull(fields.getFirst("slug"));
        try {
            Dto.CongressSetup created = editions.create(new Dto.CongressRequest(fields.getFirst("title"), slug,
                    start, end, fields.getFirst("venue"), zone.getId(), null,
                    EditionFields.defaultHalfDays(start, end, zone), null));
            return EditionFields.seeOther("/organisation/" + created.slug() + "?ok=created");
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, render(kept, EditionFields.refusal(e)));
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private TemplateInstance render(Kept kept, FormErrors errors) {
        return Templates.newEdition(visitor.page(visitor.words(EditionsMsg.class).new_edition()), kept, errors,
                EditionFields.ZONES).setLocale(visitor.locale());
    }
}
