package fr.assises.gateway.web.organiser.registrations;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Importing registrations in two steps: the file is sent for a preview (the service's dry run: what would be
 * created, the lines left out as already registered, every error by line and column), then confirmed. The file
 * travels back with the preview form, so nothing is kept in the gateway between the two steps.
 */
@Path("/organisation/{slug}/inscriptions/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class ImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_BYTES = 500_000;

    @CheckedTemplate(basePath = "organiser/registrations")
    static class Templates {
        static native TemplateInstance importRegistrations(Visitor.Page page, Dto.Congress congress,
                DeskClient.ImportResult result, String file, String kind, List<Map.Entry<String, String>> errors,
                String message);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    DeskClient desk;

    @GET
    public TemplateInstance form(@PathParam("slug") String slug) {
        return page(congresses.bySlug(slug), null, null, null, List.of(), null);
    }

    /** First step: the uploaded file, previewed. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@PathParam("slug") String slug, @RestForm("fichier") FileUpload upload) {
        Dto.Congress congress = congresses.bySlug(slug);
        byte[] body = read(upload);
        if (body == null || body.length == 0 || body.length > MAX_BYTES) {
            return Forms.html(422, page(congress, null, null, null, List.of(),
                    visitor.words(DeskMsg.class).import_too_large()));
        }
        String kind = isXlsx(body) ? "xlsx" : "csv";
        return send(congress, body, kind, true);
    }

    /** Second step: the previewed file, imported. */
    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("slug") String slug, @FormParam("file") String file,
            @FormParam("kind") String kind) {
        Dto.Congress congress = congresses.bySlug(slug);
        byte[] body;
        try {
            body = file == null ? null : Base64.getDecoder().decode(file);
        } catch (IllegalArgumentException e) {
            body = null;
        }
        if (body == null || body.length == 0) {
            return Forms.html(422, page(congress, null, null, null, List.of(),
                    visitor.words(DeskMsg.class).import_missing()));
        }
        return send(congress, body, "xlsx".equals(kind) ? "xlsx" : "csv", false);
    }

    private Response send(Dto.Congress congress, byte[] body, String kind, boolean dryRun) {
        try {
            DeskClient.ImportResult result = "xlsx".equals(kind)
                    ? desk.importXlsx(congress.congressId(), dryRun, body)
                    : desk.importCsv(congress.congressId(), dryRun, body);
            return Forms.html(200, page(congress, result, dryRun ? Base64.getEncoder().encodeToString(body) : null,
                    kind, List.of(), null));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors errors = FormErrors.from(e);
                List<Map.Entry<String, String>> lines = errors.fields().entrySet().stream()
                        .map(en -> Map.entry(en.getKey(), en.getValue())).toList();
                return Forms.html(422, page(congress, null, null, null, lines, errors.general()));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private static byte[] read(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            return null;
        }
    }

    /** An .xlsx file is a zip archive: "PK" first, whatever type or name the browser gave it. */
    private static boolean isXlsx(byte[] body) {
        return body.length > 2 && body[0] == 'P' && body[1] == 'K';
    }

    private TemplateInstance page(Dto.Congress congress, DeskClient.ImportResult result, String file, String kind,
            List<Map.Entry<String, String>> errors, String message) {
        return Templates.importRegistrations(visitor.page(visitor.words(DeskMsg.class).import_page(
                congress.title())), congress, result, file, kind, errors, message)
                .setLocale(visitor.locale());
    }
}
