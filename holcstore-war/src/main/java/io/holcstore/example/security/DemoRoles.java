package io.holcstore.example.security;

import java.util.Set;

/**
 * The example's roles, as named in {@code WEB-INF/web.xml}'s security constraints and in the users' configured roles
 * ({@code holcstore.demo.user.<name>.roles}).
 */
public final class DemoRoles {
    /** Reads the sync endpoints, {@code /api/sync/demo/...}: what a sync client (a mirror) needs. */
    public static final String SYNC = "holcstore-sync";
    /** Writes and deletes series ({@code PUT}/{@code DELETE .../series}) and starts pulls ({@code POST /api/stores/mirror/pull}). */
    public static final String WRITER = "holcstore-writer";

    public static final Set<String> ALL = Set.of(SYNC, WRITER);

    private DemoRoles() {
    }
}
