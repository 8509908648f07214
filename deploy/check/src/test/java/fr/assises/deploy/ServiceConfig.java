package fr.assises.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration in production: the {@code prod} view of its
 * {@code application.properties} (lines without a profile, and {@code %prod} ones), and the keys its code reads
 * through {@code @ConfigProperty} and {@code @ConfigMapping} interfaces (its own and common's), with their defaults.
 * Read from the sources, so that a key added tomorrow is checked without touching this test.
 */
final class ServiceConfig {

    /** A key the code reads: {@code defaultValue} is null when it has none; optional keys may stay unset. */
    record Read(String key, String defaultValue, boolean optional, String where) {}

    final String module;
    /** The production view of application.properties, in file order. */
    final Map<String, String> properties = new LinkedHashMap<>();
    final List<Read> reads = new ArrayList<>();

    private ServiceConfig(String module) {
        this.module = module;
    }

    static ServiceConfig of(String module) {
        ServiceConfig c = new ServiceConfig(module);
        c.readProperties(Repo.root().resolve(module).resolve("src/main/resources/application.properties"));
        c.readSources(Repo.root().resolve(module).resolve("src/main/java"));
        if (!module.equals("gateway")) c.readSources(Repo.root().resolve("common/src/main/java"));
        return c;
    }

    private void readProperties(Path file) {
        Properties raw = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            raw.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // plain keys first, then %prod ones (a profile key wins over the plain one)
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).sorted()
                .forEach(k -> properties.put(k, raw.getProperty(k)));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%")).sorted().forEach(k -> {
            int dot = k.indexOf('.');
            List<String> profiles = Arrays.asList(k.substring(1, dot).split(","));
            if (profiles.contains("prod")) properties.put(k.substring(dot + 1), raw.getProperty(k));
        });
    }

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?\\s*\\)"
                    + "\\s*(?:\\w+\\s+)*([\\w.<>]+)");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern METHOD = Pattern.compile("^\\s*([\\w.<>, ?]+?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\"([^\"]+)\"\\)");

    private void readSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                String where = root.getParent().getParent().getParent().relativize(f).toString();
                Matcher cp = CONFIG_PROPERTY.matcher(src);
                while (cp.find()) {
                    String type = cp.group(3);
                    reads.add(new Read(cp.group(1), cp.group(2), type.startsWith("Optional"), where));
                }
                Matcher mapping = MAPPING.matcher(src);
                if (mapping.find()) readMapping(src, mapping.group(1), where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methods of each interface declared in the file, with the annotations written above them. */
    private record Method(String type, String name, String withDefault, String withName) {}

    private void readMapping(String src, String prefix, String where) {
        Map<String, List<Method>> interfaces = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        List<Integer> depthOf = new ArrayList<>();
        int depth = 0;
        String pendingDefault = null;
        String pendingName = null;
        String top = null;
        for (String line : src.split("\n")) {
            Matcher iface = INTERFACE.matcher(line);
            if (iface.find() && line.contains("{")) {
                stack.add(iface.group(1));
                depthOf.add(depth + 1);
                interfaces.put(iface.group(1), new ArrayList<>());
                if (top == null) top = iface.group(1);
            }
            Matcher d = WITH_DEFAULT.matcher(line);
            if (d.find()) pendingDefault = d.group(1).replace("\\\"", "\"");
            Matcher n = WITH_NAME.matcher(line);
            if (n.find()) pendingName = n.group(1);
            Matcher m = METHOD.matcher(line.replaceAll("@\\w+(\\([^)]*\\))?\\s*", ""));
            if (m.find() && !stack.isEmpty() && !line.contains("default ") && !line.contains("static ")) {
                interfaces.get(stack.get(stack.size() - 1))
                        .add(new Method(m.group(1).trim(), m.group(2), pendingDefault, pendingName));
                pendingDefault = null;
                pendingName = null;
            }
            for (char ch : line.toCharArray()) {
                if (ch == '{') depth++;
                if (ch == '}') {
                    if (!depthOf.isEmpty() && depthOf.get(depthOf.size() - 1) == depth) {
                        stack.remove(stack.size() - 1);
                        depthOf.remove(depthOf.size() - 1);
                    }
                    depth--;
                }
            }
        }
        addGroup(interfaces, top, prefix, where);
    }

    private void addGroup(Map<String, List<Method>> interfaces, String name, String prefix, String where) {
        for (Method m : interfaces.getOrDefault(name, List.of())) {
            String key = prefix + "." + (m.withName() != null ? m.withName() : kebab(m.name()));
            if (interfaces.containsKey(m.type())) {
                addGroup(interfaces, m.type(), key, where);
            } else if (m.type().startsWith("Map<")) {
                // a map group (e.g. the gateway's routes): its entries are plain properties, checked as such
                continue;
            } else {
                reads.add(new Read(key, m.withDefault(), m.type().startsWith("Optional"), where));
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** MicroProfile Config's environment variable for a property name. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
