package io.holcstore.mapping;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names a chunk store's table after its frozen settings, {@code <entity>__ca<axis>_f<freq>_tz<zone>_<sync|nosync>}
 * as the Python reference does, so that changing a setting can never silently reuse a table built for
 * other settings. Names longer than PostgreSQL's 63 characters are cut and end with a digest of the full name.
 */
public final class TableSignature {
    /** PostgreSQL's longest identifier. */
    public static final int MAX_IDENTIFIER = 63;
    private static final int DIGEST_CHARS = 8;

    private TableSignature() {
    }

    /** The settings part of the name: {@code __cayear_month_f1h_tzEurope_Paris_sync}. */
    public static String signature(StoreSettings settings) {
        return "__ca" + settings.axis().name().toLowerCase(Locale.ROOT)
                + "_f" + frequency(settings.step().getSeconds())
                + "_tz" + settings.zone().getId().replaceAll("[^A-Za-z0-9]", "_")
                + "_" + (settings.sync() ? "sync" : "nosync");
    }

    /** The default table name of an entity: its lower-cased simple name, then the signature, cut to 63 characters. */
    public static String defaultTableName(Class<?> entity, StoreSettings settings) {
        return fit(entity.getSimpleName().toLowerCase(Locale.ROOT) + signature(settings), MAX_IDENTIFIER);
    }

    /**
     * Checks a table name the user gave with {@code @Table}: it must end with the signature of the
     * entity's settings (case aside, since databases fold unquoted names) and fit in 63 characters.
     */
    public static void checkUserTableName(Class<?> entity, String table, StoreSettings settings) {
        String signature = signature(settings);
        if (!table.toLowerCase(Locale.ROOT).endsWith(signature.toLowerCase(Locale.ROOT)) || table.length() == signature.length()) {
            throw new InvalidStoreDefinitionException(entity, "table name",
                    "'" + table + "' does not carry the signature of the store settings '" + signature
                            + "' (the settings changed, or the name was written by hand); name it <prefix>" + signature
                            + " or leave @Table out to get " + defaultTableName(entity, settings));
        }
        if (table.length() > MAX_IDENTIFIER) {
            throw new InvalidStoreDefinitionException(entity, "table name",
                    "'" + table + "' is longer than " + MAX_IDENTIFIER + " characters; shorten the part before " + signature);
        }
    }

    /**
     * {@code name} unchanged if it fits in {@code max} characters, else its beginning, '_' and a digest
     * of the whole name, {@code max} characters long.
     */
    public static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        return name.substring(0, max - DIGEST_CHARS - 1) + "_" + digest(name);
    }

    /** Pandas-like frequency alias: 15min, 1h, 30s, 1d. */
    static String frequency(long seconds) {
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "min";
        }
        return seconds + "s";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
