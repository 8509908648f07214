package fr.assises.registration.catering;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;

/** The caterer's frozen meal counts and the late changes since, for the organising committee. */
@Path("/api/registration/congresses/{congressId}/manage/catering")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class CateringResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final List<String> HEADER = List.of("Repas", "Date du repas", "Variation", "Motif",
            "Régime alimentaire", "Modifié le", "Effectif gelé le");

    @Inject
    CateringFreeze freeze;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CateringView view(@PathParam("congressId") UUID congressId) {
        return freeze.view(congressId);
    }

    /** Freezes the counts now (the scheduled job does it on the freeze date); the newest snapshot is the reference. */
    @POST
    @Path("snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    public Response snapshot(@PathParam("congressId") UUID congressId) {
        freeze.freeze(congressId, CateringFreeze.BY_ORGANISER);
        return Response.created(URI.create("/api/registration/congresses/" + congressId + "/manage/catering"))
                .entity(freeze.view(congressId)).build();
    }

    /** For the caterer: no names, only the meal, the change, its reason and the diet the meal must cater for. */
    @GET
    @Path("late-changes.csv")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    public Response lateChanges(@PathParam("congressId") UUID congressId) {
        CateringView view = freeze.view(congressId);
        if (view.snapshot() == null) {
            throw ProblemException.notFound("Les effectifs des repas n'ont pas encore été gelés pour ce congrès.");
        }
        String frozenAt = WHEN.format(view.snapshot().takenAt());
        List<List<Object>> rows = new ArrayList<>();
        for (CateringView.LateChange c : view.lateChanges()) {
            List<Object> row = new ArrayList<>();
            row.add(c.mealTitle());
            row.add(c.mealStartAt() == null ? "" : WHEN.format(c.mealStartAt()));
            row.add(c.delta());
            row.add(c.reasonLabel());
            row.add(c.dietaryNeeds());
            row.add(WHEN.format(c.changedAt()));
            row.add(frozenAt);
            rows.add(row);
        }
        return Response.ok(Csv.write(HEADER, rows), CSV)
                .header("Content-Disposition", "attachment; filename=\"repas-changements-tardifs.csv\"").build();
    }
}
