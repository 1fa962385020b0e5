package io.holcstore.rest.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An export zip read back with {@code java.util.zip}: its files in order, as text. */
public final class ExportZips {

    private ExportZips() {
    }

    /** File name to content (UTF-8), in the zip's order. */
    public static Map<String, String> read(byte[] zip) throws IOException {
        return read(new ByteArrayInputStream(zip));
    }

    /** File name to content (UTF-8), in the zip's order. */
    public static Map<String, String> read(InputStream zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)) != null) {
                    throw new AssertionError("file " + entry.getName() + " twice in the zip");
                }
            }
        }
        return files;
    }

    /** The lines of one file, without their line ends. */
    public static List<String> lines(Map<String, String> files, String name) {
        String content = files.get(name);
        if (content == null) {
            throw new AssertionError("no file " + name + " in the zip, which holds " + files.keySet());
        }
        if (!content.isEmpty() && !content.endsWith("\n")) {
            throw new AssertionError(name + " does not end with a line end");
        }
        return content.lines().toList();
    }
}
