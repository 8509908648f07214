package fr.assises.registration.registering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;

/**
 * Every refusal of a participant's form at once: each check's field errors are kept and the next check runs, so a
 * person corrects everything in one go instead of meeting the errors one layer at a time (Bean Validation first,
 * then consent, category, days, choices, required information, answers). A refusal with no field (a closed
 * congress) still ends the request at once.
 */
final class Refusals {

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Set<String> fields = new LinkedHashSet<>();

    /** Runs a check; its field errors are kept and null is returned in place of its result. */
    <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            e.errors().forEach(this::add);
            return null;
        }
    }

    void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Bean Validation's violations, for the fields no check has refused already (theirs say more). */
    void violations(Set<? extends ConstraintViolation<?>> violations) {
        violations.stream().map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .forEach(this::add);
    }

    boolean has(String field) {
        return fields.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " informations sont à corriger.";
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
    }

    private void add(Problem.FieldError error) {
        if (fields.add(error.field())) {
            errors.add(error);
        }
    }

    /** {@code person.firstName}, {@code workshops[0].sessionId}, {@code days[1]}. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            names.add(node.getName());
        }
        return String.join(".", names);
    }
}
