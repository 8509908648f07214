package fr.assises.programme;

import fr.assises.common.problem.ProblemException;

/** Optimistic locking for clients: a request carrying the version it read is refused when that version is stale. */
public final class Versions {

    private Versions() {
    }

    public static void check(Long expected, Long actual) {
        if (expected != null && !expected.equals(actual)) {
            throw ProblemException.conflict("La ressource a été modifiée entre-temps (version actuelle " + actual
                    + ") ; rechargez-la et recommencez.");
        }
    }
}
