package fr.assises.registration.events;

import java.util.List;
import java.util.UUID;

/** {@code fr.assises.programme.congress.cloned.v1} as programme-service documents it (ids and part names only). */
public record CongressCloned(UUID sourceCongressId, UUID congressId, long dayShift, List<String> parts, long version) {

    public boolean includes(String part) {
        return parts != null && parts.contains(part);
    }
}
