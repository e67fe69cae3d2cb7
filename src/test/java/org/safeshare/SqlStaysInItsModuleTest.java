package org.safeshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads only its own tables: another module's data comes through that module's API (which can name many
 * ids in one query), so a module can change its tables without breaking another's queries. A table belongs to the
 * module whose code writes it; the SQL is every string literal and text block in a module's main sources.
 */
class SqlStaysInItsModuleTest {

    private static final Path SOURCES = Path.of("src/main/java/org/safeshare");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern WRITE = Pattern.compile("(?<!for )(?<!do )\\b(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USE = Pattern.compile("(?<!for )(?<!do )\\b(?:from|join|into|update)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    @Test
    void noModulesSqlNamesAnotherModulesTables() {
        Map<String, String> sqlByModule = sqlByModule();
        Map<String, String> owners = new HashMap<>();
        sqlByModule.forEach((module, sql) -> WRITE.matcher(sql).results()
                .forEach(m -> owners.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), module)));
        assertThat(owners).as("tables found").containsKeys("person", "user_account", "organisation", "decision", "consent_record");
        List<String> crossings = new ArrayList<>();
        sqlByModule.forEach((module, sql) -> USE.matcher(sql).results().forEach(m -> {
            String owner = owners.get(m.group(1).toLowerCase(Locale.ROOT));
            if (owner != null && !owner.equals(module)) {
                crossings.add(module + " reads " + owner + "'s table " + m.group(1));
            }
        }));
        assertThat(crossings).isEmpty();
    }

    /** Each module's string literals, joined: the module is the first package below org.safeshare. */
    private static Map<String, String> sqlByModule() {
        Map<String, StringBuilder> sql = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && f.getNameCount() > SOURCES.getNameCount() + 1).forEach(f -> {
                StringBuilder module = sql.computeIfAbsent(SOURCES.relativize(f).getName(0).toString(), k -> new StringBuilder());
                Matcher literal = LITERAL.matcher(read(f));
                while (literal.find()) {
                    module.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> joined = new HashMap<>();
        sql.forEach((module, text) -> joined.put(module, text.toString()));
        return joined;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
