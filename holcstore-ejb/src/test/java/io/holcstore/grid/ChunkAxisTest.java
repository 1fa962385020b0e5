package io.holcstore.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkAxisTest {

    @Test
    void yearIndexIsTheYear() {
        assertEquals(2025, ChunkAxis.YEAR.indexOf(LocalDate.of(2025, 1, 1)));
        assertEquals(2025, ChunkAxis.YEAR.indexOf(LocalDate.of(2025, 12, 31)));
        assertEquals(2024, ChunkAxis.YEAR.indexOf(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void yearChunkRunsFromFirstJanuaryToTheNextFirstJanuary() {
        assertEquals(LocalDate.of(2025, 1, 1), ChunkAxis.YEAR.firstDay(2025));
        assertEquals(LocalDate.of(2026, 1, 1), ChunkAxis.YEAR.firstDayAfter(2025));
    }

    @Test
    void yearMonthIndexIsYearTimesTwelvePlusMonthMinusOne() {
        assertEquals(24300, ChunkAxis.YEAR_MONTH.indexOf(LocalDate.of(2025, 1, 1)));
        assertEquals(24300, ChunkAxis.YEAR_MONTH.indexOf(LocalDate.of(2025, 1, 31)));
        assertEquals(24301, ChunkAxis.YEAR_MONTH.indexOf(LocalDate.of(2025, 2, 1)));
        assertEquals(24311, ChunkAxis.YEAR_MONTH.indexOf(LocalDate.of(2025, 12, 31)));
        assertEquals(24299, ChunkAxis.YEAR_MONTH.indexOf(LocalDate.of(2024, 12, 1)));
    }

    @Test
    void yearMonthChunkRunsFromTheFirstOfTheMonthToTheFirstOfTheNext() {
        assertEquals(LocalDate.of(2025, 1, 1), ChunkAxis.YEAR_MONTH.firstDay(24300));
        assertEquals(LocalDate.of(2025, 2, 1), ChunkAxis.YEAR_MONTH.firstDayAfter(24300));
        assertEquals(LocalDate.of(2025, 12, 1), ChunkAxis.YEAR_MONTH.firstDay(24311));
        assertEquals(LocalDate.of(2026, 1, 1), ChunkAxis.YEAR_MONTH.firstDayAfter(24311));
        assertEquals(LocalDate.of(2024, 2, 1), ChunkAxis.YEAR_MONTH.firstDay(2024 * 12 + 1));
        assertEquals(LocalDate.of(2024, 3, 1), ChunkAxis.YEAR_MONTH.firstDayAfter(2024 * 12 + 1));
    }

    @ParameterizedTest
    @EnumSource(ChunkAxis.class)
    void everyDayBelongsToTheChunkWhoseRangeHoldsIt(ChunkAxis axis) {
        for (LocalDate day = LocalDate.of(2023, 11, 1); day.isBefore(LocalDate.of(2026, 2, 1)); day = day.plusDays(1)) {
            int index = axis.indexOf(day);
            LocalDate first = axis.firstDay(index);
            LocalDate after = axis.firstDayAfter(index);

            assertTrue(!day.isBefore(first) && day.isBefore(after), axis + " " + day);
            assertEquals(1, first.getDayOfMonth(), axis + " " + day);
            assertEquals(index, axis.indexOf(first), axis + " " + day);
            assertEquals(index + 1, axis.indexOf(after), axis + " " + day);
            assertEquals(after, axis.firstDay(index + 1), axis + " " + day);
        }
    }
}
