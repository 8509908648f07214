package fr.assises.registration.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.mail.Invitations;
import fr.assises.registration.registering.PersonalInfo;
import fr.assises.registration.registering.RegistrationRequest;
import fr.assises.registration.registering.RegistrationService;
import fr.assises.registration.settings.TerritoryType;

/**
 * Bulk import of registrations from a CSV or Excel file. The whole file is checked first: one bad line and
 * nothing is saved, the answer lists every bad line by line and column; otherwise every new line becomes a
 * registration, in file order.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_LINES = 2000;
    static final List<String> REQUIRED = List.of("nom", "prenom", "email", "categorie", "jours");
    static final Set<String> KNOWN = Set.of("nom", "prenom", "email", "organisation", "type_territoire", "fonction",
            "categorie_statutaire", "categorie", "jours", "repas", "ateliers", "regime", "accessibilite", "langue");

    @Inject
    RegistrationService service;

    @Inject
    Validator validator;

    /** Column names as the file spells them, for the property paths of the request. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("person.lastName", "nom"),
            Map.entry("person.firstName", "prenom"), Map.entry("person.email", "email"),
            Map.entry("person.organisation", "organisation"), Map.entry("person.territoryType", "type_territoire"),
            Map.entry("person.jobTitle", "fonction"), Map.entry("person.statutoryCategory", "categorie_statutaire"),
            Map.entry("person.accessibilityNeeds", "accessibilite"), Map.entry("person.dietaryNeeds", "regime"),
            Map.entry("category", "categorie"), Map.entry("days", "jours"), Map.entry("meals", "repas"),
            Map.entry("workshops", "ateliers"), Map.entry("language", "langue"));

    @Inject
    EntityManager em;

    @Inject
    Invitations invitations;

    /**
     * Checks the whole file; with {@code dryRun} saves nothing and answers what would be created. Lines whose
     * e-mail already has an active registration in the congress (or appeared on an earlier line) are left out,
     * so importing the same file twice creates nothing the second time. Each person created gets an invitation
     * to claim the registration with an account.
     */
    @Transactional
    public ImportResult importRows(UUID congressId, String callerId, List<List<String>> rows, boolean dryRun) {
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw ProblemException.badRequest("Le fichier est vide.");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                throw ProblemException.badRequest("Colonne inconnue : « " + header.get(i) + " ». Colonnes possibles : "
                        + String.join(", ", KNOWN.stream().sorted().toList()) + ".");
            }
            columns.put(name, i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw ProblemException.badRequest("Colonne obligatoire absente : " + required + ".");
            }
        }
        if (rows.size() - 1 > MAX_LINES) {
            throw ProblemException.badRequest("Au plus " + MAX_LINES + " lignes par fichier.");
        }
        Set<String> registered = new HashSet<>(activeEmails(congressId));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ImportResult.Line> planned = new ArrayList<>();
        List<RegistrationRequest> requests = new ArrayList<>();
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String email = cell(row, columns, "email");
            if (email != null && registered.contains(email.toLowerCase(Locale.ROOT))) {
                skipped.add(new ImportResult.Skipped(line, email, "Déjà inscrit(e) à ce congrès avec cette adresse."));
                continue;
            }
            try {
                RegistrationRequest request = request(row, columns);
                List<Problem.FieldError> lineErrors = new ArrayList<>();
                for (ConstraintViolation<RegistrationRequest> v : validator.validate(request)) {
                    lineErrors.add(error(line, v.getPropertyPath().toString(), v.getMessage()));
                }
                if (lineErrors.isEmpty()) {
                    service.validate(congressId, request);
                }
                errors.addAll(lineErrors);
                if (lineErrors.isEmpty()) {
                    requests.add(request);
                    planned.add(new ImportResult.Line(line, request.person().lastName(), request.person().firstName(),
                            email, request.category(), null, null));
                    registered.add(email.toLowerCase(Locale.ROOT));
                }
            } catch (ProblemException e) {
                if (e.type() == ProblemType.NOT_FOUND) {
                    throw e;
                }
                errors.add(e.errors().isEmpty() ? new Problem.FieldError("ligne " + line, e.getMessage())
                        : error(line, e.errors().get(0).field(), e.getMessage()));
            } catch (Unreadable e) {
                errors.add(new Problem.FieldError("ligne " + line + " : colonne " + e.column, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, (errors.size() == 1 ? "1 erreur" : errors.size()
                    + " erreurs") + " : rien n’a été importé. Corrigez les lignes signalées.", errors);
        }
        if (requests.isEmpty() && skipped.isEmpty()) {
            throw ProblemException.badRequest("Le fichier ne contient aucune inscription.");
        }
        if (dryRun) {
            return new ImportResult(true, requests.size(), planned, skipped);
        }
        List<ImportResult.Line> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            var outcome = service.register(congressId, UUID.randomUUID().toString(), callerId, requests.get(i), null,
                    RegistrationService.SOURCE_IMPORT);
            invitations.invite(outcome.registration().id());
            ImportResult.Line p = planned.get(i);
            created.add(new ImportResult.Line(p.line(), p.lastName(), p.firstName(), p.email(), p.category(),
                    outcome.registration().id(), outcome.registration().status()));
        }
        return new ImportResult(false, created.size(), created, skipped);
    }

    private List<String> activeEmails(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("""
                select lower(email) from registration
                where congress_id = ?1 and status <> 'CANCELLED' and email is not null""")
                .setParameter(1, congressId).getResultList();
        return emails;
    }

    private static Problem.FieldError error(int line, String path, String message) {
        String column = COLUMN_OF.getOrDefault(path.replaceAll("\\[\\d+]", ""), null);
        if (column == null) {
            column = COLUMN_OF.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        return new Problem.FieldError("ligne " + line + (column == null ? "" : " : colonne " + column), message);
    }

    /** A cell that cannot be read as its column's type. */
    static final class Unreadable extends RuntimeException {
        final String column;

        Unreadable(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private static RegistrationRequest request(List<String> row, Map<String, Integer> columns) {
        String territory = cell(row, columns, "type_territoire");
        TerritoryType territoryType;
        try {
            territoryType = territory == null ? null : TerritoryType.valueOf(territory.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("type_territoire", "« " + territory + " » n’est pas un type de territoire connu ("
                    + String.join(", ", java.util.Arrays.stream(TerritoryType.values()).map(t -> t.name()
                            .toLowerCase(Locale.ROOT)).toList()) + ").");
        }
        PersonalInfo person = new PersonalInfo(cell(row, columns, "prenom"), cell(row, columns, "nom"),
                cell(row, columns, "email"), cell(row, columns, "organisation"), territoryType,
                cell(row, columns, "fonction"), cell(row, columns, "categorie_statutaire"),
                cell(row, columns, "accessibilite"), cell(row, columns, "regime"));
        List<LocalDate> days = split(cell(row, columns, "jours")).stream().map(Days::day).toList();
        List<UUID> meals = split(cell(row, columns, "repas")).stream().map(m -> id("repas", m)).toList();
        List<RegistrationRequest.WorkshopChoice> workshops = split(cell(row, columns, "ateliers")).stream()
                .map(choice -> {
                    String[] ranked = choice.split(">", 2);
                    return new RegistrationRequest.WorkshopChoice(id("ateliers", ranked[0].strip()),
                            ranked.length > 1 ? id("ateliers", ranked[1].strip()) : null);
                }).toList();
        String language = cell(row, columns, "langue");
        return new RegistrationRequest(days, meals, workshops, cell(row, columns, "categorie"), person, null,
                language == null ? "fr" : language);
    }

    private static UUID id(String column, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(column, "« " + value + " » n’est pas un identifiant de session.");
        }
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size() || row.get(index).isBlank()) {
            return null;
        }
        return row.get(index);
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
