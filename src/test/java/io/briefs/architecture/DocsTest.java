package io.briefs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A short README, and every link of it and of {@code docs/} resolving inside the repository. */
class DocsTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|<img src=\"([^\"]+)\"");
  private static final Pattern HEADING = Pattern.compile("^#+ (.+)$", Pattern.MULTILINE);

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  @Test
  void theReadmeIsShort() throws IOException {
    assertThat(Files.size(Path.of("README.md"))).isLessThanOrEqualTo(12 * 1024);
  }

  @Test
  void everyLinkResolvesInsideTheRepository() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<String> broken = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher m = LINK.matcher(Files.readString(doc));
      while (m.find()) {
        String target = m.group(1) != null ? m.group(1) : m.group(2);
        if (target.matches("^[a-z]+:.*")) {
          continue; // an address on the web, not a file of ours
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = (file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file)).toAbsolutePath()
            .normalize();
        if (!resolved.startsWith(root) || !Files.exists(resolved)) {
          broken.add(doc + ": " + target + " (no such file in the repository)");
        } else if (anchor != null && !anchors(resolved).contains(anchor)) {
          broken.add(doc + ": " + target + " (no such heading)");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** GitHub's anchors of a Markdown file's headings. */
  private static List<String> anchors(Path md) throws IOException {
    List<String> out = new ArrayList<>();
    Matcher h = HEADING.matcher(Files.readString(md));
    while (h.find()) {
      out.add(h.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
    }
    return out;
  }
}
