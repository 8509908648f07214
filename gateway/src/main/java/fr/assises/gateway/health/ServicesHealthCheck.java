package fr.assises.gateway.health;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the readiness of each service behind the gateway. The gateway itself stays ready when a service
 * is down: it still serves the other services and its pages say which part is unavailable.
 */
@Readiness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    @Inject
    ServicesProbe probe;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("services").up();
        int down = 0;
        for (Map.Entry<String, ServicesProbe.Answer> answer : probe.getAll("/q/health/ready").entrySet()) {
            boolean up = answer.getValue().ok();
            builder.withData(answer.getKey(), up ? "UP" : "DOWN");
            if (!up) {
                down++;
            }
        }
        return builder.withData("servicesDown", down).build();
    }
}
