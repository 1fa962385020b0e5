package io.holcstore.ejb;

import io.holcstore.sync.TransactionRunner;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * A puller's transactions in a container: each call is a container transaction of its own ({@code REQUIRES_NEW}), so
 * that every pack a pull imports commits at once and a pull cut short keeps what it imported, even when the pull runs
 * inside a caller's transaction. Rolled back for any exception: the store's are application exceptions that roll
 * back, others are system exceptions. An application declares it as a bean in one line:
 * <pre>{@code
 * @Stateless @LocalBean
 * public class MirrorTransactions extends RequiresNewTransactions {
 * }
 * }</pre>
 */
public abstract class RequiresNewTransactions implements TransactionRunner {

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
