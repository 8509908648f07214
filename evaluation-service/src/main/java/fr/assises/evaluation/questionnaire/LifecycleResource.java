package fr.assises.evaluation.questionnaire;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.QuestionnaireView;

/** A published questionnaire's life after publication: its closing moved later (closing now is {@code /close}). */
@Path("/api/evaluation")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class LifecycleResource {

    /** The new closing date and time, later than the current one. */
    public record ExtendRequest(@NotNull OffsetDateTime closesAt) {
    }

    @Inject
    ClosingService closing;

    @POST
    @Path("questionnaires/{id}/extend")
    public QuestionnaireView extend(@PathParam("id") UUID id, @Valid @NotNull ExtendRequest request) {
        return closing.extend(id, request.closesAt());
    }
}
