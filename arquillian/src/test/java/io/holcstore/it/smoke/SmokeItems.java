package io.holcstore.it.smoke;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only EJB of {@code HarnessSmokeIT}: persists and reads {@link SmokeItem}s. */
@Stateless
public class SmokeItems {

    @PersistenceContext
    private EntityManager em;

    public long create(String label) {
        SmokeItem item = new SmokeItem(label);
        em.persist(item);
        em.flush();
        return item.getId();
    }

    public String label(long id) {
        SmokeItem item = em.find(SmokeItem.class, id);
        return item == null ? null : item.getLabel();
    }

    /** Name of the database behind the persistence unit, read on the transaction's own connection. */
    public String databaseProduct() {
        try {
            return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
