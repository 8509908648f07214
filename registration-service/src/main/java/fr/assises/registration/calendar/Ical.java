package fr.assises.registration.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) content lines: text escaped, lines folded at 75 octets of UTF-8 (not 75 characters:
 * « é » is two octets), never inside a character, each continuation starting with one space.
 */
public final class Ical {

    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as given (dates, identifiers). */
    public Ical raw(String name, String value) {
        out.append(fold(name + ":" + value)).append("\r\n");
        return this;
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks escaped. */
    public Ical text(String name, String value) {
        return raw(name, escape(value));
    }

    public Ical time(String name, Instant instant) {
        return raw(name, UTC.format(instant));
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** One content line cut into lines of at most 75 octets, continuations starting with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
