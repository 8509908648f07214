package fr.assises.programme.release;

import java.util.List;

import fr.assises.programme.conflicts.Conflict;

/** Publication refused: the draft still has hard conflicts. */
public class BlockingConflictsException extends RuntimeException {

    private final transient List<Conflict> conflicts;

    public BlockingConflictsException(List<Conflict> conflicts) {
        super("Publication impossible : " + conflicts.size() + (conflicts.size() > 1 ? " conflits bloquants" : " conflit bloquant")
                + " à résoudre d'abord.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
