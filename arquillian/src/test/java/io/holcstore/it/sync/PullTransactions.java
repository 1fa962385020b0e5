package io.holcstore.it.sync;

import io.holcstore.sync.TransactionRunner;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * The pulls' transactions, as an application gives them (the example's MirrorTransactions): each call a container
 * transaction of its own ({@code REQUIRES_NEW}), rolled back when the work throws.
 */
@Stateless
@LocalBean
public class PullTransactions implements TransactionRunner {

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
