package org.safeshare.matching;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.safeshare.matching.domain.Thresholds;

/** The command's {@code --name value} options. */
record Options(Map<String, String> values) {

    static Options parse(String[] words) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].startsWith("--")) {
                values.put(words[i], words[++i]);
            }
        }
        return new Options(values);
    }

    boolean has(String... names) {
        for (String name : names) {
            if (!values.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    Path path(String name) {
        return Path.of(values.get(name));
    }

    Thresholds thresholds() {
        double link = Double.parseDouble(values.getOrDefault("--link-threshold", String.valueOf(Thresholds.DEFAULT.link())));
        double review = Double.parseDouble(values.getOrDefault("--review-threshold", String.valueOf(Math.min(link, Thresholds.DEFAULT.review()))));
        return new Thresholds(link, review, !values.getOrDefault("--possible-twins", "review").equals("score"));
    }
}
