package fr.assises.common.testapp;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;

/** Endpoints that exercise the problem+json mapping. */
@Path("/api/testapp/notes")
public class NoteResource {

    public record NewNote(@NotBlank @Size(max = 20) String title, @NotNull @Min(1) @Max(10) Integer stars,
            @Valid List<@Valid Tag> tags) {
    }

    public record Tag(@NotBlank String label) {
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    public Response create(@Valid @NotNull NewNote note) {
        if ("taken".equals(note.title())) {
            throw ProblemException.conflict("Une note porte déjà ce titre.");
        }
        return Response.created(URI.create("/api/testapp/notes/1")).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ORGANISER, Roles.PARTICIPANT })
    public String get(@PathParam("id") long id) {
        throw ProblemException.notFound("La note " + id + " n'existe pas.");
    }

    @GET
    @Path("/search")
    public String search(@QueryParam("limit") @Min(1) int limit) {
        return "[]";
    }

    @Inject
    NoteService notes;

    @POST
    @Path("/slow")
    public Response slow(@QueryParam("aggregate") @NotBlank String aggregate, @QueryParam("seconds") int seconds) {
        notes.slowChange(aggregate, seconds);
        return Response.noContent().build();
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail in fr.assises.Secret");
    }
}
