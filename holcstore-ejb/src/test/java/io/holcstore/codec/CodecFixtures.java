package io.holcstore.codec;

import io.holcstore.testing.StoreFixtures;
import net.jpountz.xxhash.XXHashFactory;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test vectors from {@code src/test/resources/vectors} and helpers to build LZ4 frames by hand. */
final class CodecFixtures {
    /** Every vector pair: {@code NAME.lz4} written by Python's {@code lz4.frame.compress}, {@code NAME.f64} its raw bytes. */
    static final List<String> VECTORS = List.of(
            "empty", "month_hourly_nan_gaps", "year_15min_smooth_load", "year_hourly_random", "year_1min_random");

    private CodecFixtures() {
    }

    /** One vector's entry in {@code manifest.json}. */
    record ManifestEntry(int length, String rawSha256, int frameBytes, int flg, int bd) {
    }

    static byte[] resource(String name) {
        return StoreFixtures.resource("/vectors/" + name);
    }

    static byte[] frame(String vector) {
        return resource(vector + ".lz4");
    }

    static byte[] raw(String vector) {
        return resource(vector + ".f64");
    }

    /** Reads one entry of manifest.json; its layout is flat enough for a regular expression. */
    static ManifestEntry manifest(String vector) {
        String json = new String(resource("manifest.json"), StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("\"" + Pattern.quote(vector) + "\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        if (!entry.find()) {
            throw new IllegalStateException("no manifest entry for " + vector);
        }
        String body = entry.group(1);
        return new ManifestEntry(
                Integer.parseInt(field(body, "length")),
                field(body, "raw_sha256"),
                Integer.parseInt(field(body, "frame_bytes")),
                Integer.decode(field(body, "flg")),
                Integer.decode(field(body, "bd")));
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",]*)\"?").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + body);
        }
        return m.group(1).trim();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static double[] doubles(byte[] raw) {
        double[] values = new double[raw.length / Double.BYTES];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }

    static byte[] bytes(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        return buffer.array();
    }

    static long[] rawBits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    static int xxh32(byte[] data, int off, int len) {
        return XXHashFactory.fastestInstance().hash32().hash(data, off, len, 0);
    }

    /** Builds LZ4 frames byte by byte, with a correct header checksum unless told otherwise. */
    static final class FrameBuilder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        /** Writes magic, FLG, BD, the optional content size and dictionary id, and the HC byte. */
        FrameBuilder header(int flg, int bd, Long contentSize, Integer dictId) {
            int32(Lz4FrameDecoder.MAGIC);
            ByteArrayOutputStream descriptor = new ByteArrayOutputStream();
            descriptor.write(flg);
            descriptor.write(bd);
            if (contentSize != null) {
                descriptor.writeBytes(le64(contentSize));
            }
            if (dictId != null) {
                descriptor.writeBytes(le32(dictId));
            }
            byte[] d = descriptor.toByteArray();
            out.writeBytes(d);
            out.write((xxh32(d, 0, d.length) >>> 8) & 0xFF);
            return this;
        }

        FrameBuilder header(int flg, Long contentSize) {
            return header(flg, 0x40, contentSize, null);
        }

        FrameBuilder compressedBlock(byte[] block) {
            int32(block.length);
            out.writeBytes(block);
            return this;
        }

        FrameBuilder storedBlock(byte[] data) {
            int32(data.length | 0x80000000);
            out.writeBytes(data);
            return this;
        }

        FrameBuilder int32(int value) {
            out.writeBytes(le32(value));
            return this;
        }

        FrameBuilder bytes(byte... data) {
            out.writeBytes(data);
            return this;
        }

        FrameBuilder endMark() {
            return int32(0);
        }

        byte[] build() {
            return out.toByteArray();
        }

        private static byte[] le32(int v) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
        }

        private static byte[] le64(long v) {
            return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
        }
    }

    /** Builds the body of one LZ4 block as a list of sequences. */
    static final class BlockBuilder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        /** A sequence: {@code literals}, then a match of {@code matchLength} bytes {@code offset} back. */
        BlockBuilder sequence(byte[] literals, int offset, int matchLength) {
            int ml = matchLength - 4;
            out.write((Math.min(literals.length, 15) << 4) | Math.min(ml, 15));
            length(literals.length);
            out.writeBytes(literals);
            out.write(offset & 0xFF);
            out.write(offset >>> 8);
            length(ml);
            return this;
        }

        /** The closing sequence: literals only. */
        BlockBuilder last(byte[] literals) {
            out.write(Math.min(literals.length, 15) << 4);
            length(literals.length);
            out.writeBytes(literals);
            return this;
        }

        private void length(int n) {
            if (n >= 15) {
                n -= 15;
                while (n >= 255) {
                    out.write(255);
                    n -= 255;
                }
                out.write(n);
            }
        }

        byte[] build() {
            return out.toByteArray();
        }
    }

    /**
     * Byte-by-byte reference decoding of one block whose matches may reach into {@code history}, written
     * straight from the format description, without bounds checks: for well-formed blocks only.
     */
    static byte[] referenceDecode(byte[] block, byte[] history) {
        byte[] out = Arrays.copyOf(history, history.length + 255 * block.length);
        int dp = history.length;
        int sp = 0;
        while (true) {
            int token = block[sp++] & 0xFF;
            int literals = token >>> 4;
            if (literals == 15) {
                int b;
                do {
                    b = block[sp++] & 0xFF;
                    literals += b;
                } while (b == 255);
            }
            for (int i = 0; i < literals; i++) {
                out[dp++] = block[sp++];
            }
            if (sp == block.length) {
                return Arrays.copyOfRange(out, history.length, dp);
            }
            int offset = (block[sp] & 0xFF) | (block[sp + 1] & 0xFF) << 8;
            sp += 2;
            int matchLength = token & 15;
            if (matchLength == 15) {
                int b;
                do {
                    b = block[sp++] & 0xFF;
                    matchLength += b;
                } while (b == 255);
            }
            matchLength += 4;
            for (int i = 0; i < matchLength; i++, dp++) {
                out[dp] = out[dp - offset];
            }
        }
    }
}
