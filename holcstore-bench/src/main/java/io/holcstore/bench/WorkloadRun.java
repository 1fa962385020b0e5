package io.holcstore.bench;

import java.sql.SQLException;

/** The figures of one workload, measured by {@link #run()} and printed as they are known; closing frees its connections. */
public interface WorkloadRun extends AutoCloseable {

    /** Measures and reports the figures the options ask for that apply to this workload. */
    void run() throws Exception;

    @Override
    void close() throws SQLException;
}
