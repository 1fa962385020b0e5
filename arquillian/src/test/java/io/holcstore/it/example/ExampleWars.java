package io.holcstore.it.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.holcstore.it.TestDeployments;

/** The example WAR as built, with some keys of its {@code microprofile-config.properties} set otherwise. */
final class ExampleWars {
    private static final ArchivePath CONFIG = ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");

    private ExampleWars() {
    }

    /**
     * The example's own configuration file, with {@code overrides} appended: a key given twice in a properties file
     * takes its last value, so every other key keeps the example's own setting.
     */
    static WebArchive withConfig(Map<String, String> overrides) {
        WebArchive war = TestDeployments.exampleWar();
        Node config = war.get(CONFIG);
        if (config == null) {
            throw new IllegalStateException("the example WAR has no " + CONFIG);
        }
        StringBuilder text = new StringBuilder(read(config)).append("\n# Set by the integration test\n");
        overrides.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        war.delete(CONFIG);
        war.add(new StringAsset(text.toString()), CONFIG);
        return war;
    }

    private static String read(Node node) {
        try (InputStream in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
