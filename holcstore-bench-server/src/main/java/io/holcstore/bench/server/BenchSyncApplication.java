package io.holcstore.bench.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The benchmark's sync servers under {@code /api/sync/<entity simple name, lower case>/}, e.g.
 * {@code /api/sync/benchmonthsource/updates/}, with holcstore-rest's JSON error mappers (found in WEB-INF/lib).
 */
@ApplicationPath("api")
public class BenchSyncApplication extends Application {
}
