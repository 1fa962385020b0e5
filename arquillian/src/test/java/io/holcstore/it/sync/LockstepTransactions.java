package io.holcstore.it.sync;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.holcstore.sync.TransactionRunner;

/**
 * The transactions of several pulls that must race: each pull's transaction, once open, waits until every other pull
 * has opened its own for the same step, then all do their work at once. Two pulls of one client store from one server
 * so read the same cursor together and import each pack together, into the same rows.
 */
final class LockstepTransactions implements TransactionRunner {
    private final TransactionRunner transactions;
    private final CyclicBarrier barrier;
    private final Duration patience;
    private final AtomicInteger steps = new AtomicInteger();

    /**
     * @param transactions the container transactions to run the work in
     * @param pulls        how many pulls meet at each step
     * @param patience     how long one waits for the others before failing
     */
    LockstepTransactions(TransactionRunner transactions, int pulls, Duration patience) {
        this.transactions = transactions;
        this.barrier = new CyclicBarrier(pulls, steps::incrementAndGet);
        this.patience = patience;
    }

    /** How many steps all the pulls took together. */
    int stepsTogether() {
        return steps.get();
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return transactions.inNewTransaction(() -> {
            meet();
            return work.get();
        });
    }

    private void meet() {
        try {
            barrier.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the racing pull", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the racing pull did not reach the same step within " + patience, e);
        }
    }
}
