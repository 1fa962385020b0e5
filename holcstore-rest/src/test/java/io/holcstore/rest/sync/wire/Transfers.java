package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.holcstore.store.ChunkTransfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Packs in tests: read, written, compared field by field (a record's equals compares byte arrays by identity). */
final class Transfers {
    static final PackReader READER = new PackReader(100, 1 << 20);

    private Transfers() {
    }

    static List<ChunkTransfer> read(byte[] body) {
        List<ChunkTransfer> chunks = new ArrayList<>();
        READER.read(new ByteArrayInputStream(body), chunks::add);
        return chunks;
    }

    static byte[] write(List<ChunkTransfer> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackWriter pack = PackWriter.begin(out);
        chunks.forEach(pack::write);
        assertEquals(chunks.size(), pack.end());
        return out.toByteArray();
    }

    static void assertSame(ChunkTransfer expected, ChunkTransfer actual) {
        assertEquals(expected.ref(), actual.ref());
        assertEquals(expected.dtype(), actual.dtype());
        assertEquals(expected.startTs(), actual.startTs());
        assertEquals(expected.updatedAt(), actual.updatedAt());
        assertEquals(expected.deleted(), actual.deleted());
        assertArrayEquals(expected.data(), actual.data());
    }
}
