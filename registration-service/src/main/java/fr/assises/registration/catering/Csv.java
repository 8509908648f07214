package fr.assises.registration.catering;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as the service's other exports write it (`;`, UTF-8 with a BOM, every cell quoted, a cell starting like a
 * formula neutralised), for the files of the check-in and catering packages.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.copyOf(header));
        for (List<Object> row : rows) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append('"').append(safe(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            return "'" + text;
        }
        return text;
    }
}
