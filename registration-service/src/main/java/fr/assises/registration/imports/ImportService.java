package fr.assises.registration.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.registering.PersonalInfo;
import fr.assises.registration.registering.RegistrationRequest;
import fr.assises.registration.registering.RegistrationService;
import fr.assises.registration.settings.TerritoryType;

/**
 * Bulk import of registrations from a CSV file. The whole file is checked first: one bad line and nothing is
 * saved, the answer lists every bad line; otherwise every line becomes a registration, in file order.
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

    @Transactional
    public ImportResult importCsv(UUID congressId, String callerId, String text) {
        List<List<String>> rows = CsvReader.parse(text == null ? "" : text);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("Le fichier est vide.");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
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
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<RegistrationRequest> requests = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                RegistrationRequest request = request(row, columns);
                for (ConstraintViolation<RegistrationRequest> v : validator.validate(request)) {
                    errors.add(new Problem.FieldError("ligne " + line + " : " + v.getPropertyPath(), v.getMessage()));
                }
                service.validate(congressId, request);
                requests.add(request);
                lineNumbers.add(line);
            } catch (ProblemException e) {
                if (e.type() == ProblemType.NOT_FOUND) {
                    throw e;
                }
                String field = e.errors().isEmpty() ? "" : " : " + e.errors().get(0).field();
                errors.add(new Problem.FieldError("ligne " + line + field, e.getMessage()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new Problem.FieldError("ligne " + line, "valeur illisible (" + e.getMessage() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    errors.size() + " erreur(s) : rien n'a été importé. Corrigez les lignes signalées.", errors);
        }
        if (requests.isEmpty()) {
            throw ProblemException.badRequest("Le fichier ne contient aucune inscription.");
        }
        List<ImportResult.Line> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            var outcome = service.register(congressId, UUID.randomUUID().toString(), callerId, requests.get(i), null,
                    RegistrationService.SOURCE_IMPORT);
            created.add(new ImportResult.Line(lineNumbers.get(i), outcome.registration().id(),
                    outcome.registration().status()));
        }
        return new ImportResult(created.size(), created);
    }

    private static RegistrationRequest request(List<String> row, Map<String, Integer> columns) {
        String territory = cell(row, columns, "type_territoire");
        PersonalInfo person = new PersonalInfo(cell(row, columns, "prenom"), cell(row, columns, "nom"),
                cell(row, columns, "email"), cell(row, columns, "organisation"),
                territory == null ? null : TerritoryType.valueOf(territory.toUpperCase(Locale.ROOT)),
                cell(row, columns, "fonction"), cell(row, columns, "categorie_statutaire"),
                cell(row, columns, "accessibilite"), cell(row, columns, "regime"));
        List<LocalDate> days = split(cell(row, columns, "jours")).stream().map(LocalDate::parse).toList();
        List<UUID> meals = split(cell(row, columns, "repas")).stream().map(UUID::fromString).toList();
        List<RegistrationRequest.WorkshopChoice> workshops = split(cell(row, columns, "ateliers")).stream()
                .map(choice -> {
                    String[] ranked = choice.split(">", 2);
                    return new RegistrationRequest.WorkshopChoice(UUID.fromString(ranked[0].strip()),
                            ranked.length > 1 ? UUID.fromString(ranked[1].strip()) : null);
                }).toList();
        String language = cell(row, columns, "langue");
        return new RegistrationRequest(days, meals, workshops, cell(row, columns, "categorie"), person, null,
                language == null ? "fr" : language);
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
