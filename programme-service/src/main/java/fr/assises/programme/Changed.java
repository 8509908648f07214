package fr.assises.programme;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.assises.programme.conflicts.Conflict;

/** The answer to every change of the draft: the changed resource and the congress' conflicts after it. */
public record Changed<T>(@JsonUnwrapped T item, List<Conflict> conflicts) {
}
