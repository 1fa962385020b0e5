package io.holcstore.grid;

import java.time.LocalDate;

/**
 * How a store cuts a series into chunks: one chunk per calendar year or per calendar month,
 * in the store's time zone.
 */
public enum ChunkAxis {
    /** One chunk per year; its index is the year. */
    YEAR {
        @Override
        public int indexOf(LocalDate date) {
            return date.getYear();
        }

        @Override
        public LocalDate firstDay(int chunkIndex) {
            return LocalDate.of(chunkIndex, 1, 1);
        }

        @Override
        public LocalDate firstDayAfter(int chunkIndex) {
            return LocalDate.of(chunkIndex + 1, 1, 1);
        }
    },
    /** One chunk per month; its index is {@code year * 12 + month - 1}. */
    YEAR_MONTH {
        @Override
        public int indexOf(LocalDate date) {
            return date.getYear() * 12 + date.getMonthValue() - 1;
        }

        @Override
        public LocalDate firstDay(int chunkIndex) {
            return LocalDate.of(Math.floorDiv(chunkIndex, 12), Math.floorMod(chunkIndex, 12) + 1, 1);
        }

        @Override
        public LocalDate firstDayAfter(int chunkIndex) {
            return firstDay(chunkIndex + 1);
        }
    };

    /** The index of the chunk holding this local date. */
    public abstract int indexOf(LocalDate date);

    /** The first local date covered by the chunk. */
    public abstract LocalDate firstDay(int chunkIndex);

    /** The first local date of the next chunk. */
    public abstract LocalDate firstDayAfter(int chunkIndex);
}
