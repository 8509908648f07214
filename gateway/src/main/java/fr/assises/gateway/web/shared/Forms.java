package fr.assises.gateway.web.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** What every form page does with what was typed and with a service's answer to it. */
public final class Forms {

    private Forms() {
    }

    /** A typed value, trimmed; null when nothing was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A page drawn with another status than 200 (422 for a refused form). */
    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /**
     * Whether a service refused what was sent (a 4xx to show next to the fields); 401 and 403 are not the form's
     * fault and, like a 5xx, mean the service cannot be used.
     */
    public static boolean refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 400 && status < 500 && status != 401 && status != 403;
    }

    /**
     * What a form's call to {@code service} answers; when the service refuses what was sent, the form {@code again}
     * with its refusals next to the fields (422, nothing changed); « service unavailable » when it cannot be used.
     */
    public static Response submit(String service, Supplier<Response> call,
            Function<FormErrors, TemplateInstance> again) {
        try {
            return call.get();
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (WebApplicationException e) {
            if (refused(e)) {
                return html(422, again.apply(FormErrors.from(e)));
            }
            throw new ServiceUnavailable(service);
        } catch (RuntimeException e) {
            throw new ServiceUnavailable(service);
        }
    }
}
