package fr.assises.gateway;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The pages' tests post forms written by hand, not read from the page: this gives each such post (REST Assured, any
 * path outside {@code /api}) what a browser sends, the {@code csrf-token} cookie and the same value in the form, unless
 * the test set either itself or asked for a bare post with the {@value #BARE} header ({@link CsrfTest}). That the pages'
 * forms do carry the token is checked by {@link CsrfGuardTest} and by the browser tests, which submit the real forms.
 * Installed before each {@code @QuarkusTest} (META-INF/services).
 */
public class FormTokenFilter implements Filter, QuarkusTestBeforeEachCallback {

    /** A request header telling this filter to leave the form as the test wrote it (the gateway ignores it). */
    public static final String BARE = "X-Test-Form-As-Written";
    static final String NAME = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as quarkus-rest-csrf makes them (16 random bytes, base64url): any such value, in cookie and form alike. */
    public static String freshToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (FormTokenFilter.class) {
            // by name: a test class that restarts the application loads this class again, in another class loader
            if (RestAssured.filters().stream().noneMatch(f -> f.getClass().getName().equals(FormTokenFilter.class.getName()))) {
                RestAssured.filters(new FormTokenFilter());
            }
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        boolean asWritten = request.getHeaders().hasHeaderWithName(BARE) || request.getHeaders().hasHeaderWithName(HEADER)
                || request.getCookies().hasCookieWithName(NAME) || request.getFormParams().containsKey(NAME);
        if (!asWritten && UNSAFE.contains(request.getMethod()) && !request.getDerivedPath().startsWith("/api/")) {
            String token = freshToken();
            request.cookie(NAME, token);
            if (request.getBody() != null) {
                // a body the test wrote byte for byte (a multipart upload): the token goes in the header
                // quarkus-rest-csrf also reads, as a script would send it
                request.header(HEADER, token);
            } else if (request.getMultiPartParams().isEmpty()) {
                request.formParam(NAME, token);
            } else {
                request.multiPart(NAME, token);
            }
        }
        return context.next(request, response);
    }
}
