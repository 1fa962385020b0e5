package io.holcstore.rest.export;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Instants as ISO-8601 with the offset of one zone, {@code 2024-03-31T03:00:00+02:00}: always seconds, a fraction
 * only when the instant has one (trailing zeros dropped, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does), and
 * a numeric offset even when it is zero ({@code +00:00}, as pandas writes it, never {@code Z}).
 *
 * <p>Written digit by digit into a {@link CsvBuffer}: formatting each instant with a {@code DateTimeFormatter} costs
 * about ten times as much and would hold the export below its throughput target. The zone's offset is looked up once
 * and kept until the zone's next transition, the date text once per local day. Years outside 0000–9999 (which no store
 * holds) go through a JDK formatter writing the same form. Not thread-safe: one per export.
 */
final class IsoInstantText {
    private static final long SECONDS_PER_DAY = 86_400;
    /** The same text, for the years the digits here do not cover. */
    private static final DateTimeFormatter FALLBACK = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:MM:ss", "+00:00").toFormatter();
    private static final int[] FRACTION_SCALE = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final ZoneId zone;
    private final ZoneRules rules;

    /** The cached offset holds for epoch seconds in [offsetFrom, offsetUntil). */
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetUntil = Long.MIN_VALUE;
    private int offsetSeconds;
    private final byte[] offsetText = new byte[9];
    private int offsetLength;

    private long day = Long.MIN_VALUE;
    private boolean dayWritable;
    /** {@code yyyy-MM-ddT} of {@link #day}. */
    private final byte[] dateText = new byte[11];

    IsoInstantText(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** Writes the instant {@code epochSecond + nano} in this zone. */
    void write(long epochSecond, int nano, CsvBuffer out) throws IOException {
        if (epochSecond < offsetFrom || epochSecond >= offsetUntil) {
            lookUpOffset(epochSecond);
        }
        long local = epochSecond + offsetSeconds;
        long localDay = Math.floorDiv(local, SECONDS_PER_DAY);
        if (localDay != day) {
            cacheDate(localDay);
        }
        if (!dayWritable) {
            out.putText(FALLBACK.format(Instant.ofEpochSecond(epochSecond, nano).atZone(zone)));
            return;
        }
        out.reserve(CsvBuffer.MAX_LINE);
        byte[] bytes = out.array();
        int p = out.position();
        System.arraycopy(dateText, 0, bytes, p, dateText.length);
        p += dateText.length;
        int secondOfDay = (int) (local - localDay * SECONDS_PER_DAY);
        p = twoDigits(bytes, p, secondOfDay / 3600);
        bytes[p++] = ':';
        p = twoDigits(bytes, p, secondOfDay / 60 % 60);
        bytes[p++] = ':';
        p = twoDigits(bytes, p, secondOfDay % 60);
        if (nano != 0) {
            p = fraction(bytes, p, nano);
        }
        System.arraycopy(offsetText, 0, bytes, p, offsetLength);
        p += offsetLength;
        out.advance(p - out.position());
    }

    private void lookUpOffset(long epochSecond) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        ZoneOffset offset = rules.getOffset(at);
        ZoneOffsetTransition next = rules.nextTransition(at);
        // Valid from this instant (not from the previous transition: an instant exactly at one belongs after it) to
        // the next change; a series read backwards only looks up more often.
        offsetFrom = epochSecond;
        offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        if (offset.getTotalSeconds() != offsetSeconds || offsetLength == 0) {
            offsetSeconds = offset.getTotalSeconds();
            offsetLength = offsetText(offsetSeconds);
        }
    }

    /** {@code +HH:MM}, or {@code +HH:MM:SS} for the odd historical offset with seconds. */
    private int offsetText(int seconds) {
        int abs = Math.abs(seconds);
        offsetText[0] = (byte) (seconds < 0 ? '-' : '+');
        int p = twoDigits(offsetText, 1, abs / 3600);
        offsetText[p++] = ':';
        p = twoDigits(offsetText, p, abs / 60 % 60);
        if (abs % 60 != 0) {
            offsetText[p++] = ':';
            p = twoDigits(offsetText, p, abs % 60);
        }
        return p;
    }

    private void cacheDate(long localDay) {
        day = localDay;
        LocalDate date = LocalDate.ofEpochDay(localDay);
        int year = date.getYear();
        dayWritable = year >= 0 && year <= 9999;
        if (dayWritable) {
            int p = twoDigits(dateText, 0, year / 100);
            p = twoDigits(dateText, p, year % 100);
            dateText[p++] = '-';
            p = twoDigits(dateText, p, date.getMonthValue());
            dateText[p++] = '-';
            p = twoDigits(dateText, p, date.getDayOfMonth());
            dateText[p] = 'T';
        }
    }

    private static int fraction(byte[] bytes, int p, int nano) {
        int digits = 9;
        int value = nano;
        while (value % 10 == 0) {
            value /= 10;
            digits--;
        }
        bytes[p++] = '.';
        for (int i = 0; i < digits; i++) {
            bytes[p++] = (byte) ('0' + nano / FRACTION_SCALE[i] % 10);
        }
        return p;
    }

    private static int twoDigits(byte[] bytes, int p, int value) {
        bytes[p] = (byte) ('0' + value / 10);
        bytes[p + 1] = (byte) ('0' + value % 10);
        return p + 2;
    }
}
