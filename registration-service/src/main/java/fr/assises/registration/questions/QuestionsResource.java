package fr.assises.registration.questions;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

/** The custom questions of a congress's registration form (also in its public settings). */
@Path("/api/registration/congresses/{congressId}/settings/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @Inject
    CustomQuestions service;

    @GET
    @PermitAll
    public List<QuestionView> list(@PathParam("congressId") UUID congressId) {
        return service.list(congressId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public List<QuestionView> replace(@PathParam("congressId") UUID congressId,
            @NotNull @Valid QuestionsRequest request) {
        return service.replace(congressId, request);
    }
}
