package fr.assises.registration.organiser;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;
import fr.assises.registration.registering.ChangeRequest;
import fr.assises.registration.registering.RegistrationRequest;
import fr.assises.registration.registering.RegistrationService;
import fr.assises.registration.registering.RegistrationView;

/** The organising committee's registration desk: search, add by hand (with an invitation), edit (also after the freeze), cancel with a reason. */
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class OrganiserRegistrationsResource {

    @Inject
    OrganiserRegistrations registrations;

    @Inject
    RegistrationService service;

    @Inject
    OrganiserDesk desk;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("congresses/{congressId}/manage/registrations")
    public RegistrationPage search(@PathParam("congressId") UUID congressId,
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("checkedIn") Boolean checkedIn,
            @QueryParam("lateChange") Boolean lateChange,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("question") UUID question,
            @QueryParam("answer") @Size(max = 200) String answer,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return registrations.search(congressId,
                new SearchFilter(status, category, sessionId, checkedIn, lateChange, text, question, answer), page,
                size);
    }

    /** A registration added by hand (speakers, invited officials): no account, a generated participant id. */
    @POST
    @Path("congresses/{congressId}/manage/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("congressId") UUID congressId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid RegistrationRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalidField("Idempotency-Key", "entre 1 et 200 caractères");
        }
        RegistrationService.Outcome outcome = desk.add(congressId, jwt.getSubject(), request, idempotencyKey);
        URI location = URI.create("/api/registration/manage/registrations/" + outcome.registration().id());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.registration()).build();
    }

    @GET
    @Path("manage/registrations/{id}")
    public RegistrationView get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }

    /** Organisers may still change a registration after the freeze date; such a change is flagged late. */
    @PUT
    @Path("manage/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView change(@PathParam("id") UUID id, @NotNull @Valid ChangeRequest request) {
        return service.changeById(id, request, true);
    }

    /** {@code reason}: why the committee cancels it, kept for the organisers (see {@code cancel-reason}). */
    @DELETE
    @Path("manage/registrations/{id}")
    public RegistrationView cancel(@PathParam("id") UUID id, @QueryParam("reason") @Size(max = 500) String reason) {
        return desk.cancel(id, reason);
    }

    /** Why the committee cancelled it: {@code {"reason": …}} (null when none was given). */
    @GET
    @Path("manage/registrations/{id}/cancel-reason")
    public java.util.Map<String, String> cancelReason(@PathParam("id") UUID id) {
        registrations.get(id);
        java.util.Map<String, String> answer = new java.util.HashMap<>();
        answer.put("reason", desk.cancelReason(id));
        return answer;
    }
}
