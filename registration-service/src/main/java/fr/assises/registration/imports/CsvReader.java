package fr.assises.registration.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.assises.common.problem.ProblemException;

/** RFC 4180 rows (Jackson's CSV reader) with ';' or ',' (whichever the header uses), and an optional BOM. */
final class CsvReader {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvReader() {
    }

    static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = body.indexOf('\n');
        String header = firstLineEnd < 0 ? body : body.substring(0, firstLineEnd);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(header.indexOf(';') >= 0 ? ';' : ',');
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = MAPPER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(body)) {
            while (lines.hasNext()) {
                rows.add(lines.next().stream().map(String::strip).toList());
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw ProblemException.badRequest("Fichier CSV illisible à la ligne " + (rows.size() + 1) + ".");
        }
        return rows;
    }
}
