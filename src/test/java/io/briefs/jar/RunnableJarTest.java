package io.briefs.jar;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.render.PdfFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar ({@code target/briefs-VERSION.jar}, made by {@code mvn package}) from an
 * empty folder, exactly as a user runs it: {@code java -jar briefs.jar init mysite && cd mysite
 * && java -jar briefs.jar build}. Run after packaging ({@code mvn verify}); its name ends in
 * JarTest for that.
 */
class RunnableJarTest {
  @TempDir Path dir;

  private record Result(int code, String out) {}

  private static Result run(Path in, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(ProcessHandle.current().info().command().orElse("java"));
    line.addAll(List.of(command));
    Process p = new ProcessBuilder(line).directory(in.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void initThenBuildFromAnEmptyFolder() throws Exception {
    Path jar = Path.of(System.getProperty("briefs.jar", "target/briefs-0.1.0.jar")).toAbsolutePath();
    assertThat(jar).as("mvn package makes the runnable jar").exists();
    Files.copy(jar, dir.resolve("briefs.jar"));

    Result init = run(dir, "-jar", "briefs.jar", "init", "mysite");
    assertThat(init.code()).as(init.out()).isZero();
    Path site = dir.resolve("mysite");
    assertThat(site.resolve("briefs.jar")).as("the project gets the tool its workflows run")
        .hasSameBinaryContentAs(jar);
    assertThat(site.resolve("templates")).as("no templates: the bundled ones are used").doesNotExist();

    Result build = run(site, "-jar", "briefs.jar", "build");
    assertThat(build.code()).as(build.out()).isZero();
    assertThat(build.out()).contains("built 5 briefs into site");

    String name = Files.readAllLines(site.resolve("briefs.yaml")).stream().filter(l -> l.startsWith("name: "))
        .map(l -> l.substring(6).replaceAll("\\s+#.*$", "").strip()).findFirst().orElseThrow();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site.resolve("site"))) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSize(9); // home, company, 5 briefs, methodology, 404
    for (Path page : pages) {
      assertThat(Jsoup.parse(page.toFile()).selectFirst(".site-name").text()).as(page.toString()).isEqualTo(name);
    }
    assertThat(PdfFile.of(site.resolve("site/example/fy2026-q1/example-fy2026-q1.pdf")).info().getAuthor())
        .isEqualTo(name);
    assertThat(Files.readString(site.resolve("site/methodology/index.html")))
        .contains("style.yaml of the default templates");

    Result again = run(site, "-jar", "briefs.jar", "build");
    assertThat(again.out()).as("the bundled templates fingerprint alike on every run").contains("is up to date");
    Result version = run(site, "-jar", "briefs.jar", "--version");
    assertThat(version.out().strip()).isEqualTo("briefs 0.1.0");
  }
}
