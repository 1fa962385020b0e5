package io.holcstore.it.example;

import java.util.ArrayList;
import java.util.List;

/** A {@code /metrics} answer in the Prometheus text format: the value of a sample by metric name. */
final class PrometheusText {
    private final String text;

    PrometheusText(String text) {
        this.text = text;
    }

    /**
     * The value of the one sample named {@code name}, whatever its labels ({@code name{mp_scope="application"} 3.0});
     * an AssertionError if there is none or several.
     */
    double value(String name) {
        List<String> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                samples.add(line);
            }
        }
        if (samples.size() != 1) {
            throw new AssertionError(samples.size() + " samples of " + name + " in:\n" + text);
        }
        // name[{labels}] value [timestamp]; label values may hold spaces, so cut after the labels first.
        String sample = samples.get(0);
        String afterName = sample.charAt(name.length()) == '{' ? sample.substring(sample.indexOf('}') + 1) : sample.substring(name.length());
        return Double.parseDouble(afterName.strip().split("\\s+")[0]);
    }

    /**
     * The value of the one sample named {@code name} whose labels contain every one of {@code labels} (each written
     * as in the text, e.g. {@code method="a.B.c"}); an AssertionError if there is none or several. A sample printed
     * twice over is one (Payara Micro 6 prints the base scope's Fault Tolerance metrics twice in {@code /metrics}).
     */
    double value(String name, String... labels) {
        List<String> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains) && !samples.contains(line)) {
                samples.add(line);
            }
        }
        if (samples.size() != 1) {
            throw new AssertionError(samples.size() + " samples of " + name + " with " + List.of(labels) + " in:\n" + text);
        }
        String sample = samples.get(0);
        return Double.parseDouble(sample.substring(sample.lastIndexOf('}') + 1).strip().split("\\s+")[0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
