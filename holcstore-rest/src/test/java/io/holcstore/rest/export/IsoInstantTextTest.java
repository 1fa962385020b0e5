package io.holcstore.rest.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** The digits written straight into the buffer say what the JDK's ISO formatter says, but {@code +00:00} for {@code Z}. */
class IsoInstantTextTest {

    private static String text(IsoInstantText formatter, Instant instant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBuffer buffer = new CsvBuffer(CsvBuffer.MAX_LINE);
        buffer.target(out);
        formatter.write(instant.getEpochSecond(), instant.getNano(), buffer);
        buffer.flush();
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String expected(Instant instant, ZoneId zone) {
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        return iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) + "+00:00" : iso;
    }

    @Test
    void hourlyAcrossYearsOfDstChangesInOneFormatter() throws IOException {
        for (String id : new String[] {"Europe/Paris", "UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"}) {
            ZoneId zone = ZoneId.of(id);
            IsoInstantText formatter = new IsoInstantText(zone);
            for (Instant at = Instant.parse("2019-12-31T00:00:00Z"); at.isBefore(Instant.parse("2026-01-02T00:00:00Z"));
                 at = at.plusSeconds(3600)) {
                assertEquals(expected(at, zone), text(formatter, at));
            }
        }
    }

    @Test
    void anyInstantInAnyOrderWithFractionsAndOldOffsets() throws IOException {
        Random random = new Random(42);
        for (String id : new String[] {"Europe/Paris", "UTC", "America/St_Johns", "Africa/Monrovia"}) {
            ZoneId zone = ZoneId.of(id);
            IsoInstantText formatter = new IsoInstantText(zone);
            for (int i = 0; i < 20_000; i++) {
                // From 1800 (local mean times: offsets with seconds, such as Paris' +00:09:21) to 2200; some years beyond.
                long second = -5_364_662_400L + (long) (random.nextDouble() * 12_623_040_000L);
                int nano = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : (random.nextBoolean() ? 0 : 500_000_000);
                Instant at = Instant.ofEpochSecond(second, nano);
                assertEquals(expected(at, zone), text(formatter, at));
            }
            for (Instant far : new Instant[] {Instant.parse("+12000-01-01T00:00:00Z"), Instant.parse("-0005-06-01T12:00:00Z"),
                    Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")}) {
                assertEquals(expected(far, zone), text(formatter, far));
            }
        }
    }

    @Test
    void theExamplesOfTheLayout() throws IOException {
        IsoInstantText paris = new IsoInstantText(ZoneId.of("Europe/Paris"));
        assertEquals("2024-03-31T03:00:00+02:00", text(paris, Instant.parse("2024-03-31T01:00:00Z")));
        assertEquals("1900-01-01T00:09:21+00:09:21", text(paris, Instant.parse("1900-01-01T00:00:00Z")));
        assertEquals("2025-01-01T00:00:00+00:00", text(new IsoInstantText(ZoneId.of("UTC")), Instant.parse("2025-01-01T00:00:00Z")));
    }
}
