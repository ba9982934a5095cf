package io.briefs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout explains itself: packages by concern with nothing loose in the root, one simple name
 * per type, a {@code package-info.java} per package saying what the package may use, and the code
 * keeping to it without cycles.
 */
class LayoutTest {
  private static final Path MAIN = Path.of("src/main/java/io/briefs");
  private static final Pattern TYPE = Pattern.compile(
      "^\\s*(?:(?:public|private|protected|static|final|sealed|abstract|non-sealed)\\s+)*"
          + "(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern USE = Pattern.compile("\\bio\\.briefs\\.(\\w+)\\.");
  private static final Pattern MAY_USE = Pattern.compile("May use: ([^.]*)\\.");

  private static List<Path> sources(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theRootPackageHoldsNoClass() throws IOException {
    try (Stream<Path> files = Files.list(MAIN)) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).toList()).isEmpty();
    }
  }

  @Test
  void everyPackageSaysWhatItIsForAndWhatItMayUse() throws IOException {
    for (String pkg : packages()) {
      Path info = MAIN.resolve(pkg).resolve("package-info.java");
      assertThat(info).as(pkg).exists();
      String text = read(info);
      assertThat(text).as(pkg).contains("package io.briefs." + pkg + ";");
      assertThat(MAY_USE.matcher(text).find()).as(pkg + " says what it may use").isTrue();
    }
  }

  @Test
  void noTwoTypesShareASimpleName() {
    Map<String, List<String>> where = new TreeMap<>();
    for (Path p : sources(MAIN)) {
      Matcher m = TYPE.matcher(read(p));
      while (m.find()) {
        where.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(MAIN.relativize(p).toString());
      }
    }
    Map<String, List<String>> shared = new TreeMap<>();
    where.forEach((name, files) -> {
      if (files.size() > 1) {
        shared.put(name, files);
      }
    });
    assertThat(shared).isEmpty();
    assertThat(where).doesNotContainKeys("Record", "Object", "String", "Module", "Process");
  }

  @Test
  void eachPackageUsesOnlyWhatItsPackageInfoAllowsAndThereIsNoCycle() throws IOException {
    Map<String, Set<String>> allowed = new HashMap<>();
    for (String pkg : packages()) {
      Matcher m = MAY_USE.matcher(read(MAIN.resolve(pkg).resolve("package-info.java")));
      Set<String> uses = new TreeSet<>();
      if (m.find()) {
        Matcher code = Pattern.compile("\\{@code (\\w+)}").matcher(m.group(1));
        while (code.find()) {
          uses.add(code.group(1));
        }
      }
      allowed.put(pkg, uses);
    }
    List<String> violations = new ArrayList<>();
    for (String pkg : packages()) {
      for (Path p : sources(MAIN.resolve(pkg))) {
        Matcher m = USE.matcher(read(p));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !allowed.get(pkg).contains(used)) {
            violations.add(MAIN.relativize(p) + " uses " + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
    for (String pkg : packages()) {
      assertThat(reaches(allowed, pkg, pkg, new HashSet<>())).as(pkg + " depends on itself through others")
          .isFalse();
    }
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    for (String next : graph.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(graph, next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
