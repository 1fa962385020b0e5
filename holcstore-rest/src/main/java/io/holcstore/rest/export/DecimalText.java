package io.holcstore.rest.export;

import java.io.IOException;

/**
 * Values as decimal text that reads back to the same double, written into a {@link CsvBuffer}; nothing for NaN (an
 * empty field, as pandas writes a missing value).
 *
 * <p>The fast path covers the values meters give, those with few decimals: it finds the fewest decimals {@code k}
 * (up to {@value #MAX_DECIMALS}) for which the integer {@code m = round(v·10^k)} gives back {@code v} as
 * {@code m / 10^k}, and writes the digits of {@code m} with the point inserted. That text reads back exactly: with
 * {@code m} below 2^53 and {@code 10^k} both exact doubles, the division and the parse of the text both round the
 * same rational number {@code m/10^k} to the nearest double. Every other value (more digits, very large or small,
 * infinite) is written by {@link Double#toString(double)}, whose text also reads back to the same double.
 * Whole numbers keep one decimal ({@code 3.0}), so that a reader infers a float column.
 */
final class DecimalText {
    static final int MAX_DECIMALS = 9;
    private static final double EXACT_LIMIT = 0x1p53;
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    private DecimalText() {
    }

    /** Writes {@code value}; nothing when it is NaN. */
    static void write(double value, CsvBuffer out) throws IOException {
        if (Double.isNaN(value)) {
            return;
        }
        if (value == 0) {
            out.reserve(4);
            putAscii(out, Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0");
            return;
        }
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            double scaled = value * POWERS[k];
            if (!(Math.abs(scaled) < EXACT_LIMIT)) {
                break;
            }
            double m = Math.rint(scaled);
            if (m / POWERS[k] == value) {
                writeScaled((long) m, k, out);
                return;
            }
        }
        String text = Double.toString(value);
        out.reserve(text.length());
        putAscii(out, text);
    }

    /** {@code m / 10^decimals} in digits, at least one after the point. */
    private static void writeScaled(long m, int decimals, CsvBuffer out) throws IOException {
        out.reserve(CsvBuffer.MAX_LINE);
        if (m < 0) {
            out.put((byte) '-');
        }
        long abs = Math.abs(m);
        long whole = abs / LONG_POWERS[decimals];
        long fraction = abs % LONG_POWERS[decimals];
        putDigits(whole, 1, out);
        out.put((byte) '.');
        if (decimals == 0) {
            out.put((byte) '0');
        } else {
            putDigits(fraction, decimals, out);
        }
    }

    /** The decimal digits of {@code value} (≥ 0), left-padded with zeros to {@code width}. */
    private static void putDigits(long value, int width, CsvBuffer out) {
        int count = Math.max(width, digitCount(value));
        byte[] bytes = out.array();
        int end = out.position() + count;
        long rest = value;
        for (int p = end - 1; p >= out.position(); p--) {
            bytes[p] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        out.advance(count);
    }

    private static int digitCount(long value) {
        int count = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            count++;
        }
        return count;
    }

    private static void putAscii(CsvBuffer out, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            out.put((byte) ascii.charAt(i));
        }
    }
}
