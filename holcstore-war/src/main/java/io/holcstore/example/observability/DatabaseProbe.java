package io.holcstore.example.observability;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Asks the example's database one trivial query, through its persistence unit and so its data source. */
@Stateless
public class DatabaseProbe {
    /** Seconds a probe may take before the database is reported down. */
    static final int TIMEOUT_SECONDS = 5;

    @PersistenceContext(unitName = "holcstore")
    private EntityManager em;

    /** Runs {@code SELECT 1}; throws if the database does not answer. */
    public void ping() {
        em.createNativeQuery("SELECT 1")
                .setHint("jakarta.persistence.query.timeout", TIMEOUT_SECONDS * 1000)
                .getSingleResult();
    }
}
