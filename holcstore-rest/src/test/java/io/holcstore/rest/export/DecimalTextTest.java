package io.holcstore.rest.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Every value written reads back to the same double, bit for bit; the values meters give are written short. */
class DecimalTextTest {

    private static String text(double value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBuffer buffer = new CsvBuffer(CsvBuffer.MAX_LINE);
        buffer.target(out);
        DecimalText.write(value, buffer);
        buffer.flush();
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void assertRoundTrip(double value) throws IOException {
        String text = text(value);
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)),
                () -> value + " written as " + text);
    }

    @Test
    void fewDigitsAreWrittenShortWithOneDecimalAtLeast() throws IOException {
        assertEquals("1.5", text(1.5));
        assertEquals("3.0", text(3));
        assertEquals("-0.25", text(-0.25));
        assertEquals("0.1", text(0.1));
        assertEquals("1234.567", text(1234.567));
        assertEquals("0.000000001", text(1e-9));
        assertEquals("-9007199254740991.0", text(-9007199254740991.0));
        assertEquals("0.0", text(0.0));
        assertEquals("-0.0", text(-0.0));
    }

    @Test
    void aMissingValueIsNothing() throws IOException {
        assertEquals("", text(Double.NaN));
    }

    @Test
    void otherValuesAsJavaWritesThem() throws IOException {
        assertEquals(Double.toString(Math.PI), text(Math.PI));
        assertEquals("1.0E20", text(1e20));
        assertEquals("Infinity", text(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", text(Double.NEGATIVE_INFINITY));
        assertEquals("4.9E-324", text(Double.MIN_VALUE));
    }

    @Test
    void everyValueReadsBackExactly() throws IOException {
        Random random = new Random(20261205);
        for (int i = 0; i < 50_000; i++) {
            double anyBits = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(anyBits)) {
                assertRoundTrip(anyBits);
            }
            assertRoundTrip(random.nextGaussian() * 1000);
            // Meter-like values: a few decimals, where the fast path writes them.
            assertRoundTrip(Math.round(random.nextGaussian() * 1e6) / Math.pow(10, random.nextInt(10)));
            assertRoundTrip(random.nextInt() / 1e3);
        }
        for (double edge : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0x1p53, 0x1p53 - 1,
                -0x1p53, 0.1 + 0.2, 1e-10, 123456789.123456789, 2.5e-7}) {
            assertRoundTrip(edge);
        }
    }
}
