package io.holcstore.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the benchmark runs from: the directory of holcstore-bench.jar (target/), where the build puts its server too. */
final class BenchJar {
    private BenchJar() {
    }

    /** The jar's directory; from a classes directory (an IDE), the directory holding it (target/ again). */
    static Path directory() {
        try {
            Path location = Path.of(BenchJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = location.toAbsolutePath().getParent();
            return parent == null ? Path.of(".") : parent;
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("holcstore-bench", "target");
        }
    }
}
