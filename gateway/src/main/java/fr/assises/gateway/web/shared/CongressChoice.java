package fr.assises.gateway.web.shared;

import java.util.List;

import fr.assises.gateway.clients.Dto;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The list of congresses an area opens on (organisers' console, partners' dashboards), each linking to its page. */
public final class CongressChoice {

    private CongressChoice() {
    }

    @CheckedTemplate(basePath = "shared")
    public static class Templates {
        public static native TemplateInstance congressChoice(Visitor.Page page,
                Panel<List<Dto.Congress>> congresses, String base);
    }
}
