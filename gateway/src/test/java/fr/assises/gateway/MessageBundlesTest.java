package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every interface word comes from a message bundle (French in the interface, English in
 * {@code messages/<name>_en.properties}); the bundles are found in the compiled classes, so a new one is checked
 * without being listed here.
 */
class MessageBundlesTest {

    private static final Path CLASSES = Path.of("target/classes");

    /**
     * Quarkus 3.31 generates a bundle's resolver in chunks of 300 messages; past 300 the chunked resolver fails
     * bytecode verification when the application starts, and at exactly 301 one message is silently lost. Each
     * bundle stays under that size: add a bundle rather than growing one past it.
     */
    @Test
    void everyBundleStaysUnderTheGeneratedResolversChunkSize() {
        for (Class<?> bundle : bundles()) {
            assertThat(keys(bundle)).as(bundle.getSimpleName() + " messages").hasSizeLessThanOrEqualTo(300);
        }
    }

    /** A key missing from the English file would show the French words to an English reader, with no error. */
    @Test
    void everyBundleHasAnEnglishFileWithExactlyItsKeys() {
        for (Class<?> bundle : bundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            assertThat(bundle.getAnnotation(MessageBundle.class).locale()).as(name + "'s own language").isEqualTo("fr");
            assertThat(englishKeys(name)).as("messages/" + name + "_en.properties against " + bundle.getSimpleName())
                    .containsExactlyElementsOf(keys(bundle));
        }
    }

    @Test
    void bundleNamesAreUnique() {
        List<String> names = bundles().stream().map(b -> b.getAnnotation(MessageBundle.class).value()).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    private static List<Class<?>> bundles() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Class<?>> bundles = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(MessageBundlesTest::load).filter(c -> c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .collect(Collectors.toList());
            // the project's bundles: the page words, the layout's and each feature's
            assertThat(bundles).as("bundles found under " + CLASSES).hasSizeGreaterThan(20);
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(Path file) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(MessageBundlesTest::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Method method) {
        // no bundle here changes the default key strategy: a message's key is its method's name
        String key = method.getAnnotation(Message.class).key();
        return Message.DEFAULT_NAME.equals(key) || Message.ELEMENT_NAME.equals(key) ? method.getName() : key;
    }

    private static Set<String> englishKeys(String name) {
        String file = "messages/" + name + "_en.properties";
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties english = new Properties();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(english.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
