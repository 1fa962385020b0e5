package io.holcstore.rest.api;

import io.holcstore.rest.error.MalformedBodyException;

import java.math.BigDecimal;

/** Values of a body as float64: decimal numbers only, finite, never NaN or Infinity (a missing value is null or empty). */
final class Numbers {

    private Numbers() {
    }

    /** {@code decimal} as a double; {@code where} names it in the error if it is beyond float64's range. */
    static double finite(BigDecimal decimal, String where) {
        double value = decimal.doubleValue();
        if (Double.isInfinite(value)) {
            throw new MalformedBodyException(where + ": " + decimal + " is beyond the range of a float64");
        }
        return value;
    }

    /** Decimal text ({@code 1.5}, {@code -2}, {@code 1e3}) as a double. */
    static double parse(String text, String where) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MalformedBodyException(where + ": '" + text + "' is not a decimal number "
                    + "(leave the value empty for a missing one; NaN and Infinity are not taken)");
        }
        return finite(decimal, where);
    }
}
