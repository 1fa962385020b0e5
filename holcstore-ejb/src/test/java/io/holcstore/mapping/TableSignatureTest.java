package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.mapping.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table names after the store settings, and the validation of those settings; no database needed. */
class TableSignatureTest {
    private static final StoreSettings YEAR_PARIS_HOURLY =
            new StoreSettings(ChunkAxis.YEAR, Duration.ofHours(1), ZoneId.of("Europe/Paris"), false);
    private static final StoreSettings MONTH_UTC_QUARTER_SYNC =
            new StoreSettings(ChunkAxis.YEAR_MONTH, Duration.ofMinutes(15), ZoneId.of("UTC"), true);

    private static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "message should mention '" + fragment + "': " + message);
        }
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- signature and default names ----

    @Test
    void signatureNamesAxisFrequencyZoneAndSync() {
        assertEquals("__cayear_f1h_tzEurope_Paris_nosync", TableSignature.signature(YEAR_PARIS_HOURLY));
        assertEquals("__cayear_month_f15min_tzUTC_sync", TableSignature.signature(MONTH_UTC_QUARTER_SYNC));
        assertEquals("__cayear_f30s_tzAmerica_Argentina_Buenos_Aires_nosync", TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR, Duration.ofSeconds(30), ZoneId.of("America/Argentina/Buenos_Aires"), false)));
        assertEquals("__cayear_month_f1d_tzEtc_GMT_5_nosync", TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR_MONTH, Duration.ofDays(1), ZoneId.of("Etc/GMT+5"), false)));
    }

    @Test
    void everySettingChangesTheSignature() {
        String base = TableSignature.signature(YEAR_PARIS_HOURLY);
        assertNotEquals(base, TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR_MONTH, Duration.ofHours(1), ZoneId.of("Europe/Paris"), false)));
        assertNotEquals(base, TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR, Duration.ofMinutes(30), ZoneId.of("Europe/Paris"), false)));
        assertNotEquals(base, TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR, Duration.ofHours(1), ZoneId.of("Europe/Berlin"), false)));
        assertNotEquals(base, TableSignature.signature(
                new StoreSettings(ChunkAxis.YEAR, Duration.ofHours(1), ZoneId.of("Europe/Paris"), true)));
    }

    @Test
    void defaultTableNameIsTheLowerCasedEntityNameAndTheSignature() {
        assertEquals("badstepstore__cayear_f1h_tzEurope_Paris_nosync", TableSignature.defaultTableName(BadStepStore.class, YEAR_PARIS_HOURLY));
        assertEquals("signedtablestore__cayear_month_f15min_tzUTC_sync",
                TableSignature.defaultTableName(SignedTableStore.class, MONTH_UTC_QUARTER_SYNC));
    }

    @Test
    void longDefaultTableNameIsCutTo63CharactersEndingWithADigest() throws Exception {
        String full = "storewithaverylongentitynamefortablenamingtests__cayear_f1h_tzEurope_Paris_nosync";
        assertTrue(full.length() > 63);

        String name = TableSignature.defaultTableName(StoreWithAVeryLongEntityNameForTableNamingTests.class, YEAR_PARIS_HOURLY);

        assertEquals(63, name.length());
        assertEquals(full.substring(0, 54) + "_" + sha256Hex(full).substring(0, 8), name);
    }

    @Test
    void fitKeepsShortNamesAndCutsLongOnesDistinctly() {
        assertEquals("short", TableSignature.fit("short", 63));
        String exactly = "x".repeat(63);
        assertEquals(exactly, TableSignature.fit(exactly, 63));
        String a = "y".repeat(70) + "a";
        String b = "y".repeat(70) + "b";
        assertEquals(58, TableSignature.fit(a, 58).length());
        assertNotEquals(TableSignature.fit(a, 63), TableSignature.fit(b, 63), "same prefix, different digests");
        assertEquals(TableSignature.fit(a, 63), TableSignature.fit(a, 63), "deterministic");
    }

    // ---- user table names ----

    @Test
    void userTableNameWithTheSignatureIsAccepted() {
        assertDoesNotThrow(() -> TableSignature.checkUserTableName(BadStepStore.class,
                "my_chunks__cayear_f1h_tzEurope_Paris_nosync", YEAR_PARIS_HOURLY));
        assertDoesNotThrow(() -> TableSignature.checkUserTableName(BadStepStore.class,
                "MY_CHUNKS__CAYEAR_F1H_TZEUROPE_PARIS_NOSYNC", YEAR_PARIS_HOURLY), "case aside");
    }

    @Test
    void userTableNameWithoutTheSignatureIsRefused() {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class,
                () -> TableSignature.checkUserTableName(UnsignedTableStore.class, "my_chunks", YEAR_PARIS_HOURLY));
        assertMentions(e.getMessage(), UnsignedTableStore.class.getName(), "table name", "my_chunks", "__cayear_f1h_tzEurope_Paris_nosync");
    }

    @Test
    void userTableNameWithTheSignatureOfOtherSettingsIsRefused() {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class,
                () -> TableSignature.checkUserTableName(UnsignedTableStore.class, "my_chunks__cayear_f1h_tzEurope_Paris_sync", YEAR_PARIS_HOURLY));
        assertMentions(e.getMessage(), "table name");
        assertThrows(InvalidStoreDefinitionException.class, () -> TableSignature.checkUserTableName(UnsignedTableStore.class,
                "my_chunks__cayear_f1h_tzEurope_Paris_nosync_v2", YEAR_PARIS_HOURLY), "the signature must end the name");
    }

    @Test
    void userTableNameThatIsOnlyTheSignatureIsRefused() {
        assertThrows(InvalidStoreDefinitionException.class, () -> TableSignature.checkUserTableName(UnsignedTableStore.class,
                "__cayear_f1h_tzEurope_Paris_nosync", YEAR_PARIS_HOURLY));
    }

    @Test
    void userTableNameLongerThan63CharactersIsRefused() {
        String tooLong = "p".repeat(30) + "__cayear_f1h_tzEurope_Paris_nosync";
        assertEquals(64, tooLong.length());

        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class,
                () -> TableSignature.checkUserTableName(UnsignedTableStore.class, tooLong, YEAR_PARIS_HOURLY));
        assertMentions(e.getMessage(), "63");
        assertDoesNotThrow(() -> TableSignature.checkUserTableName(UnsignedTableStore.class, tooLong.substring(1), YEAR_PARIS_HOURLY));
    }

    // ---- settings validation ----

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT15M", zone = "Europe/Paris", sync = true)
    static class Quarter {
    }

    static class InheritsQuarter extends Quarter {
    }

    static class NoSettings {
    }

    @Test
    void settingsAreReadFromTheEntityOrItsSuperclass() {
        StoreSettings expected = new StoreSettings(ChunkAxis.YEAR, Duration.ofMinutes(15), ZoneId.of("Europe/Paris"), true);
        assertEquals(expected, StoreSettings.of(Quarter.class));
        assertEquals(expected, StoreSettings.of(InheritsQuarter.class));
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(NoSettings.class));
        assertMentions(e.getMessage(), NoSettings.class.getName(), "settings");
    }

    @Test
    void badStepsAreRefusedNamingTheEntityAndStep() {
        InvalidStoreDefinitionException sevenMinutes = assertThrows(InvalidStoreDefinitionException.class,
                () -> StoreSettings.of(BadStepStore.class));
        InvalidStoreDefinitionException banana = assertThrows(InvalidStoreDefinitionException.class,
                () -> StoreSettings.of(BananaStepStore.class));

        assertMentions(sevenMinutes.getMessage(), BadStepStore.class.getName(), "step", "PT7M");
        assertMentions(banana.getMessage(), BananaStepStore.class.getName(), "step", "banana");
    }

    @Test
    void badZoneIsRefusedNamingTheEntityAndZone() {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(BadZoneStore.class));
        assertMentions(e.getMessage(), BadZoneStore.class.getName(), "zone", "Mars/Olympus_Mons");
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT2H", zone = "UTC")
    static class TwoHoursUtc {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT2H", zone = "Europe/Paris")
    static class TwoHoursParis {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "P1D", zone = "UTC")
    static class DailyUtc {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "P1D", zone = "Europe/Paris")
    static class DailyParis {
    }

    @Test
    void stepsDividingADayAreAcceptedOnlyInZonesWithAFixedOffset() {
        assertEquals(Duration.ofHours(2), StoreSettings.of(TwoHoursUtc.class).step());
        assertEquals(Duration.ofDays(1), StoreSettings.of(DailyUtc.class).step());
        assertMentions(assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(TwoHoursParis.class)).getMessage(),
                "step", "Europe/Paris");
        assertMentions(assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(DailyParis.class)).getMessage(), "step");
    }

    /** Lord Howe Island shifts its clocks by 30 minutes: +10:30 in winter, +11:00 in summer. */
    @ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Australia/Lord_Howe")
    static class LordHoweHourly {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT30M", zone = "Australia/Lord_Howe")
    static class LordHoweHalfHourly {
    }

    @Test
    void stepNotDividingTheDstShiftIsRefused() {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(LordHoweHourly.class));
        assertMentions(e.getMessage(), LordHoweHourly.class.getName(), "step");
    }

    @Test
    void stepDividingTheDstShiftIsAccepted() {
        assertEquals(Duration.ofMinutes(30), StoreSettings.of(LordHoweHalfHourly.class).step());
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT0S", zone = "UTC")
    static class ZeroStep {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "-PT1H", zone = "UTC")
    static class NegativeStep {
    }

    @ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT0.5S", zone = "UTC")
    static class FractionalStep {
    }

    @ParameterizedTest
    @ValueSource(classes = {ZeroStep.class, NegativeStep.class, FractionalStep.class})
    void nonPositiveOrFractionalStepsAreRefused(Class<?> entity) {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class, () -> StoreSettings.of(entity));
        assertMentions(e.getMessage(), entity.getName(), "step");
    }
}
