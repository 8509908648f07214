package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every form that posts must carry the anti-CSRF token, or quarkus-rest-csrf refuses it (403): one line, {@code {#csrf /}},
 * inside the form. This reads every template and names each form that posts without it, so a new form cannot forget.
 */
class CsrfGuardTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern POSTS = Pattern.compile("\\bmethod\\s*=\\s*[\"']?post\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("\\{#csrf\\s*/\\}");

    @Test
    void everyFormThatPostsCarriesTheToken() throws IOException {
        List<String> missing = new ArrayList<>();
        int posting = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String template = Files.readString(file, StandardCharsets.UTF_8);
                posting += (int) FORM.matcher(template).results().filter(m -> POSTS.matcher(m.group(1)).find()).count();
                missing.addAll(formsWithoutToken(TEMPLATES.relativize(file).toString(), template));
            }
        }
        assertThat(posting).as("forms that post, found in the templates").isGreaterThan(40);
        assertThat(missing).as("forms that post without {#csrf /} (add it inside each)").isEmpty();
    }

    @Test
    void theGuardNamesAFormThatForgets() {
        String template = "<form method=\"get\" action=\"/a\"></form>\n"
                + "<form method=\"post\" action=\"/b\">{#csrf /}<button>B</button></form>\n"
                + "<form action=\"/c\" method=\"POST\" novalidate>\n<button>C</button>\n</form>";
        assertThat(formsWithoutToken("exemple.html", template)).containsExactly("exemple.html:3 <form action=\"/c\" method=\"POST\" novalidate>");
    }

    /** Each form of the template that posts without the tag, as "file:line <form …>". */
    static List<String> formsWithoutToken(String name, String template) {
        List<String> missing = new ArrayList<>();
        Matcher form = FORM.matcher(template);
        while (form.find()) {
            if (POSTS.matcher(form.group(1)).find() && !TAG.matcher(form.group(2)).find()) {
                int line = (int) template.substring(0, form.start()).chars().filter(c -> c == '\n').count() + 1;
                missing.add(name + ":" + line + " <form" + form.group(1) + ">");
            }
        }
        return missing;
    }
}
