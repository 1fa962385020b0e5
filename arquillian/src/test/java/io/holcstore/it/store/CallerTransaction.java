package io.holcstore.it.store;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import io.holcstore.series.Series;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;

/**
 * Test-only EJB: an application bean whose own container transaction (REQUIRED) the store calls join, so that the
 * ITs see what the caller's outcome does to the store's writes.
 */
@Stateless
public class CallerTransaction {

    @EJB
    private MonthUtcStoreBean store;

    /**
     * Writes {@code first}, then INSERTs {@code second} under a key that already holds a series, and swallows the
     * {@link SeriesAlreadyExistsException}: the method itself returns normally.
     *
     * @return whether the refusal was caught
     */
    public boolean writeThenCatchARefusedInsert(SeriesKey firstKey, Series first, SeriesKey existingKey, Series second) {
        store.setTs(firstKey, first, WriteMode.UPDATE);
        try {
            store.setTs(existingKey, second, WriteMode.INSERT);
            return false;
        } catch (SeriesAlreadyExistsException refused) {
            return true;
        }
    }
}
