package io.holcstore.bench;

import java.util.Locale;

/** A JVM heap size as -Xmx takes it (512m, 1g, or bytes), in bytes. */
final class HeapSize {
    private HeapSize() {
    }

    static long bytes(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        char unit = s.charAt(s.length() - 1);
        if (Character.isDigit(unit)) {
            return Long.parseLong(s);
        }
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (unit) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> throw new IllegalArgumentException("not a heap size: " + size);
        };
    }
}
