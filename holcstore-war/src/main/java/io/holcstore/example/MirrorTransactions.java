package io.holcstore.example;

import io.holcstore.sync.TransactionRunner;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * The mirror pull's transactions: each call is a transaction of its own ({@code REQUIRES_NEW}), so that every pack a
 * pull imports commits at once and a pull cut short keeps what it imported. A rollback for any exception: the store's
 * are application exceptions that roll back, others are system exceptions.
 */
@Stateless
@LocalBean
public class MirrorTransactions implements TransactionRunner {

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
