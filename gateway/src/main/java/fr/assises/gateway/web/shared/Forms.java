package fr.assises.gateway.web.shared;

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
}
