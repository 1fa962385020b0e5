package io.holcstore.example.observability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Readiness ({@code /health/ready}): the example is ready to serve when its database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
    static final String NAME = "holcstore-database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @EJB
    private DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        try {
            probe.ping();
            return HealthCheckResponse.up(NAME);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "readiness: the database does not answer", e);
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
