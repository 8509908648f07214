package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The gateway's client types verified against the services' contracts (contracts/openapi), without starting
 * anything: every method of every REST client interface must be an operation of its service, each field of the
 * record it reads must be a property the service's answer declares (with a compatible JSON type, nested records
 * and lists included), and each body it sends must carry every property the service requires and nothing it does
 * not know. Lenient {@code @JsonAlias} names, which hid drifts before, are refused.
 */
class ClientContractsTest {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class,
            "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");
    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, BeanParam.class);

    @Test
    void everyClientTypeIsWhatItsServiceDeclares() throws Exception {
        List<Class<?>> clients = clients();
        assertThat(clients).as("the REST clients of the gateway").hasSizeGreaterThanOrEqualTo(15);
        List<String> drifts = new ArrayList<>();
        int operations = 0;
        for (Class<?> client : clients) {
            String base = path(client.getAnnotation(jakarta.ws.rs.Path.class));
            for (Method m : client.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                String path = base + path(m.getAnnotation(jakarta.ws.rs.Path.class));
                String where = client.getSimpleName() + "." + m.getName() + " (" + verb + " " + path + ")";
                JsonNode operation = ServiceContracts.operation(verb, path.replaceAll("\\{[^}]+}", "x"));
                if (operation == null) {
                    drifts.add(where + ": not an operation of the service's contract");
                    continue;
                }
                operations++;
                String service = path.split("/")[2];
                JsonNode answer = jsonSchema(successContent(operation));
                Type returned = unwrap(m.getGenericReturnType());
                if (answer != null && readable(returned)) {
                    compare(service, returned, answer, where + " answer", drifts, false, new HashSet<>());
                }
                for (Parameter p : m.getParameters()) {
                    if (Stream.of(p.getAnnotations()).noneMatch(a -> NOT_BODY.contains(a.annotationType()))
                            && sendsJson(client, m)) {
                        JsonNode body = jsonSchema(operation.path("requestBody").path("content"));
                        if (body == null) {
                            drifts.add(where + ": sends a body, its contract takes no JSON body");
                        } else {
                            compare(service, p.getParameterizedType(), body, where + " body", drifts, true,
                                    new HashSet<>());
                        }
                    }
                }
            }
        }
        assertThat(drifts).as("client types that differ from the services' contracts").isEmpty();
        assertThat(operations).as("operations checked").isGreaterThanOrEqualTo(100);
    }

    /** The check itself: a wrong name, a wrong type and a missing required field are caught. */
    @Test
    void aDriftingRecordIsCaught() {
        JsonNode schema = ServiceContracts.document("programme").at("/components/schemas/RoomRequest");
        assertThat(schema.isMissingNode()).isFalse();
        List<String> drifts = new ArrayList<>();
        compare("programme", WrongRoom.class, schema, "room", drifts, true, new HashSet<>());
        assertThat(String.join("\n", drifts)).contains("roomName", "capacity: a string", "requires name");
    }

    record WrongRoom(String roomName, String capacity) {
    }

    // ------------------------------------------------------------------------------------------ comparison

    private static void compare(String service, Type type, JsonNode schema, String where, List<String> drifts,
            boolean sent, Set<String> seen) {
        schema = resolve(service, schema);
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonNode.class.isAssignableFrom(raw) || schema.isEmpty()) {
            return;
        }
        if (raw == Optional.class) {
            compare(service, argument(type, 0), schema, where, drifts, sent, seen);
            return;
        }
        String json = jsonType(schema);
        if (json == null) {
            return; // anyOf of several shapes, or no type: nothing precise to compare
        }
        String expected = expected(raw);
        if (!expected.equals(json) && !("number".equals(expected) && "integer".equals(json))
                && !("integer".equals(expected) && "number".equals(json) && !integral(raw))) {
            drifts.add(where + ": a " + expected + " (" + raw.getSimpleName() + ") where the contract has " + json);
            return;
        }
        switch (expected) {
            case "array" -> {
                Type item = raw.isArray() ? raw.getComponentType() : argument(type, 0);
                compare(service, item, schema.path("items"), where + "[]", drifts, sent, seen);
            }
            case "object" -> {
                if (Map.class.isAssignableFrom(raw)) {
                    if (schema.path("additionalProperties").isObject()) {
                        compare(service, argument(type, 1), schema.path("additionalProperties"), where + "{}",
                                drifts, sent, seen);
                    }
                    return;
                }
                if (!seen.add(raw.getName() + schema)) {
                    return;
                }
                compareFields(service, raw, schema, where, drifts, sent, seen);
            }
            default -> {
            }
        }
    }

    private static void compareFields(String service, Class<?> raw, JsonNode schema, String where,
            List<String> drifts, boolean sent, Set<String> seen) {
        JsonNode properties = schema.path("properties");
        boolean open = schema.path("additionalProperties").asBoolean(false)
                || schema.path("additionalProperties").isObject();
        Set<String> mine = new HashSet<>();
        for (Field f : fields(raw)) {
            mine.add(f.name);
            if (f.aliased) {
                drifts.add(where + "." + f.name + ": @JsonAlias accepts a name the contract does not have");
            }
            JsonNode property = properties.get(f.name);
            if (property == null) {
                if (!open) {
                    drifts.add(where + "." + f.name + ": not a property of the contract's " + describe(schema));
                }
                continue;
            }
            compare(service, f.type, property, where + "." + f.name, drifts, sent, seen);
        }
        if (sent) {
            for (JsonNode required : schema.path("required")) {
                if (!mine.contains(required.asText())) {
                    drifts.add(where + ": the contract requires " + required.asText() + ", never sent");
                }
            }
        }
    }

    private record Field(String name, Type type, boolean aliased) {
    }

    /**
     * The JSON properties of a record (or of a class's public fields), by their JSON names; Jackson's annotations
     * on a record component land on its field and accessor, where they are read; {@code @JsonUnwrapped} components
     * give their own properties.
     */
    private static List<Field> fields(Class<?> raw) {
        List<Field> fields = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                java.lang.reflect.Field field;
                try {
                    field = raw.getDeclaredField(c.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                Method accessor = c.getAccessor();
                if (annotated(JsonIgnore.class, field, accessor)) {
                    continue;
                }
                if (annotated(com.fasterxml.jackson.annotation.JsonUnwrapped.class, field, accessor)) {
                    fields.addAll(fields(c.getType()));
                    continue;
                }
                JsonProperty renamed = field.isAnnotationPresent(JsonProperty.class)
                        ? field.getAnnotation(JsonProperty.class) : accessor.getAnnotation(JsonProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
                fields.add(new Field(name, c.getGenericType(), annotated(JsonAlias.class, field, accessor)));
            }
            return fields;
        }
        for (java.lang.reflect.Field f : raw.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty renamed = f.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : f.getName();
            fields.add(new Field(name, f.getGenericType(), f.isAnnotationPresent(JsonAlias.class)));
        }
        return fields;
    }

    private static boolean annotated(Class<? extends Annotation> annotation, java.lang.reflect.Field field,
            Method accessor) {
        return field.isAnnotationPresent(annotation) || accessor.isAnnotationPresent(annotation);
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class || raw == UUID.class || raw.isEnum() || raw == char.class || raw == Character.class
                || Temporal.class.isAssignableFrom(raw) || raw == java.time.LocalDate.class
                || raw == java.time.Duration.class || raw == java.time.ZoneId.class || raw == java.net.URI.class) {
            return "string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (integral(raw)) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || Number.class.isAssignableFrom(raw)) {
            return "number";
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        return "object";
    }

    private static boolean integral(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == BigInteger.class;
    }

    /** The schema's JSON type without "null", or null when it has no single one. */
    private static String jsonType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray()) {
            List<String> kinds = new ArrayList<>();
            type.forEach(t -> {
                if (!"null".equals(t.asText())) {
                    kinds.add(t.asText());
                }
            });
            return kinds.size() == 1 ? kinds.get(0) : null;
        }
        if (schema.has("properties")) {
            return "object";
        }
        return null;
    }

    private static JsonNode resolve(String service, JsonNode schema) {
        for (int depth = 0; depth < 10 && schema != null; depth++) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asText().replace("#/components/schemas/", "");
                schema = ServiceContracts.document(service).path("components").path("schemas").path(ref);
                continue;
            }
            JsonNode choices = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            if (choices == null && schema.path("allOf").size() == 1) {
                choices = schema.get("allOf");
            }
            if (choices == null) {
                return schema;
            }
            JsonNode single = null;
            int shapes = 0;
            for (JsonNode choice : choices) {
                if (!"null".equals(choice.path("type").asText())) {
                    single = choice;
                    shapes++;
                }
            }
            if (shapes != 1) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(); // several shapes: not compared
            }
            schema = single;
        }
        return schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
    }

    private static String describe(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return "object " + names;
    }

    // ------------------------------------------------------------------------------------------ reflection

    private static JsonNode successContent(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                return response.getValue().path("content");
            }
        }
        return null;
    }

    private static JsonNode jsonSchema(JsonNode content) {
        if (content == null) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> media = it.next();
            if (media.getKey().toLowerCase(Locale.ROOT).endsWith("json") && media.getValue().has("schema")) {
                return media.getValue().get("schema");
            }
        }
        return null;
    }

    private static boolean readable(Type type) {
        Class<?> raw = raw(type);
        return raw != null && raw != void.class && raw != Void.class && raw != Response.class && raw != String.class
                && raw != byte[].class && !java.io.InputStream.class.isAssignableFrom(raw);
    }

    private static Type unwrap(Type type) {
        Class<?> raw = raw(type);
        if (raw == Uni.class || raw == CompletionStage.class
                || (raw != null && raw.getName().equals("org.jboss.resteasy.reactive.RestResponse"))) {
            return unwrap(argument(type, 0));
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof java.lang.reflect.GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** Whether the method's body is JSON (a CSV or spreadsheet upload is not described by a schema). */
    private static boolean sendsJson(Class<?> client, Method m) {
        jakarta.ws.rs.Consumes consumes = m.isAnnotationPresent(jakarta.ws.rs.Consumes.class)
                ? m.getAnnotation(jakarta.ws.rs.Consumes.class) : client.getAnnotation(jakarta.ws.rs.Consumes.class);
        return consumes == null || Stream.of(consumes.value()).anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("json"));
    }

    private static String verb(Method m) {
        for (Map.Entry<Class<? extends Annotation>, String> v : VERBS.entrySet()) {
            if (m.isAnnotationPresent(v.getKey())) {
                return v.getValue();
            }
        }
        return null;
    }

    private static String path(jakarta.ws.rs.Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.startsWith("/") || value.isEmpty() ? value : "/" + value;
    }

    /** Every interface of the gateway's compiled classes that is a REST client of a service. */
    private static List<Class<?>> clients() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, ClientContractsTest.class.getClassLoader());
                    if (c.isInterface() && c.isAnnotationPresent(RegisterRestClient.class)) {
                        found.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // generated classes that need Quarkus' class loader: never REST client interfaces
                }
            }
        }
        return found;
    }
}
