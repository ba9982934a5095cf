package io.briefs.load;

import io.briefs.config.MailAddress;
import io.briefs.config.SiteConfig;
import io.briefs.diag.Diagnostics;
import io.briefs.model.SourceLoc;
import io.briefs.render.PageSize;
import io.briefs.render.SiteInfo;
import io.briefs.site.BaseUrl;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jakarta.mail.internet.AddressException;

/**
 * Reads a project's {@code briefs.yaml} as strictly as the datasets: unknown keys (with the
 * nearest valid one), wrong types and invalid values are reported with file, line and column.
 * Every key is optional; a project without the file gets {@link SiteConfig#defaults()}.
 */
public final class ConfigReader {
  /** The image types a logo may have: browsers show them all and the site serves their type. */
  static final Set<String> LOGO_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp", "gif");
  static final long LOGO_MAX_BYTES = 1024 * 1024;
  private static final int NAME_MAX = 100;
  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
  private static final String PLACEHOLDER = "{address}";

  private final Diagnostics diagnostics;
  private final Scalars scalars;

  /** A reader reporting into {@code diagnostics}. */
  public ConfigReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /**
   * The configuration in {@code file}, or null after errors. A missing file is an error here: the
   * caller decides whether a project without one gets the defaults.
   */
  public SiteConfig read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(SourceLoc.file(file.toString()), "cannot read the configuration: " + reason(e));
      return null;
    }
    int before = diagnostics.errorCount();
    // an empty file, or one of comments only, is a configuration that sets nothing
    MapNode root = blank(bytes) ? null : YamlTree.parse(file.toString(), bytes, diagnostics);
    if (root == null) {
      return diagnostics.errorCount() > before ? null : SiteConfig.defaults().withFile(file);
    }
    MapReader r = MapReader.of(root, "the configuration", diagnostics);
    String name = name(r.get("name"));
    String lang = lang(r.get("lang"));
    BaseUrl baseUrl = baseUrl(r.get("base_url"));
    PageSize pageSize = Enums.read(scalars, diagnostics, r.get("page_size"), "page_size", PageSize.class);
    String accent = accent(r.get("accent"));
    Path logo = logo(r.get("logo"), file);
    Node mailNode = r.get("mail");
    String from = null;
    List<String> unsubscribe = List.of();
    if (mailNode != null) {
      MapReader m = MapReader.of(mailNode, "mail", diagnostics);
      if (m != null) {
        from = sender(m.get("from"));
        unsubscribe = unsubscribe(m.get("unsubscribe"));
        m.finish();
      }
    }
    r.finish();
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new SiteConfig(file, name == null ? SiteInfo.DEFAULT_NAME : name,
        lang == null ? SiteConfig.DEFAULT_LANG : lang, baseUrl, pageSize, accent, logo, from, unsubscribe);
  }

  private static boolean blank(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines()
        .allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
  }

  private String name(Node node) {
    String text = node == null ? null : scalars.text(node, "the site's name");
    if (text == null) {
      return null;
    }
    String name = text.strip();
    if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
      diagnostics.error(node.loc(), "the site's name must be one line of at most " + NAME_MAX + " characters");
      return null;
    }
    return name;
  }

  /** A BCP 47 language tag, written as Java normalises it ({@code en-GB}). */
  private String lang(Node node) {
    String text = node == null ? null : scalars.text(node, "a language tag like en or en-GB");
    if (text == null) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(text.strip());
    String tag = locale.toLanguageTag();
    if (locale.getLanguage().isEmpty() || !tag.equalsIgnoreCase(text.strip())) {
      diagnostics.error(node.loc(), "`" + text + "` is not a language tag; write one like en, en-GB or de");
      return null;
    }
    return tag;
  }

  private BaseUrl baseUrl(Node node) {
    String text = node == null ? null : scalars.text(node, "an address like https://example.com/briefs/");
    if (text == null) {
      return null;
    }
    try {
      return BaseUrl.parse(text);
    } catch (IllegalArgumentException e) {
      diagnostics.error(node.loc(), e.getMessage());
      return null;
    }
  }

  /** {@code #rrggbb} (or {@code #rgb}), lower case; a warning when links in it would be hard to read. */
  private String accent(Node node) {
    String text = node == null ? null : scalars.text(node, "a colour like \"#0b5cad\" (in quotes)");
    if (text == null) {
      return null;
    }
    if (!HEX.matcher(text.strip()).matches()) {
      diagnostics.error(node.loc(), "`" + text + "` is not a colour; write it like \"#0b5cad\" (in quotes: YAML"
          + " reads # as a comment)");
      return null;
    }
    String hex = text.strip().substring(1).toLowerCase(Locale.ROOT);
    if (hex.length() == 3) {
      hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
    }
    double contrast = contrastOnWhite(Integer.parseInt(hex, 16));
    if (contrast < 4.5) {
      diagnostics.warning(node.loc(), String.format(Locale.ROOT, "links in #%s on the white page have a contrast"
          + " of %.1f:1; text needs 4.5:1 to be readable (WCAG AA): choose a darker colour", hex, contrast));
    }
    return "#" + hex;
  }

  /** WCAG 2 contrast ratio of an sRGB colour against white. */
  static double contrastOnWhite(int rgb) {
    double l = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    return 1.05 / (l + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** An image file beside the configuration (relative to its folder), inside the project. */
  private Path logo(Node node, Path configFile) {
    String text = node == null ? null : scalars.text(node, "the path of an image file");
    if (text == null) {
      return null;
    }
    String name = text.strip();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!LOGO_TYPES.contains(ext)) {
      diagnostics.error(node.loc(), "the logo must be an image file ending in ."
          + String.join(", .", LOGO_TYPES.stream().sorted().toList()) + "; got `" + name + "`");
      return null;
    }
    Path folder = configFile.toAbsolutePath().getParent();
    Path logo = folder.resolve(name).normalize();
    if (!logo.startsWith(folder)) {
      diagnostics.error(node.loc(), "the logo must be a file inside the project folder; got `" + name + "`");
      return null;
    }
    if (!Files.isRegularFile(logo, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(node.loc(), "there is no logo file `" + name + "` beside " + configFile.getFileName());
      return null;
    }
    try {
      if (Files.size(logo) > LOGO_MAX_BYTES) {
        diagnostics.error(node.loc(), "the logo `" + name + "` is larger than 1 MiB");
        return null;
      }
    } catch (IOException e) {
      diagnostics.error(node.loc(), "cannot read the logo `" + name + "`: " + reason(e));
      return null;
    }
    return logo;
  }

  private String sender(Node node) {
    String text = node == null ? null : scalars.text(node, "a sender like \"Research <briefs@example.com>\"");
    if (text == null) {
      return null;
    }
    try {
      MailAddress.parse(text);
      return text.strip();
    } catch (AddressException e) {
      diagnostics.error(node.loc(), "`" + text + "` is not a mail address; write one like"
          + " \"Research <briefs@example.com>\"");
      return null;
    }
  }

  /** One address or a list of up to two (a {@code mailto:} and an {@code https:} one). */
  private List<String> unsubscribe(Node node) {
    if (node == null) {
      return List.of();
    }
    List<Node> items = node instanceof ListNode list ? list.items() : List.of(node);
    List<String> out = new ArrayList<>();
    for (Node item : items) {
      String text = scalars.text(item, "a mailto: or https: address");
      if (text == null) {
        continue;
      }
      String value = text.strip();
      String problem = unsubscribeProblem(value);
      if (problem != null) {
        diagnostics.error(item.loc(), problem);
      } else if (out.stream().anyMatch(o -> scheme(o).equals(scheme(value)))) {
        diagnostics.error(item.loc(), "give at most one mailto: and one https: unsubscribe address");
      } else {
        out.add(value);
      }
    }
    return out;
  }

  private static String unsubscribeProblem(String value) {
    String scheme = scheme(value);
    if (!scheme.equals("mailto") && !scheme.equals("https")) {
      return "an unsubscribe address starts with mailto: or https: (one-click unsubscribing needs https),"
          + " got `" + value + "`";
    }
    try {
      URI uri = new URI(value.replace(PLACEHOLDER, "x"));
      if (scheme.equals("mailto") ? !uri.getSchemeSpecificPart().contains("@") : uri.getHost() == null) {
        return "`" + value + "` is not a complete " + scheme + ": address";
      }
    } catch (URISyntaxException e) {
      return "`" + value + "` is not an address: " + e.getReason();
    }
    return null;
  }

  private static String scheme(String value) {
    int colon = value.indexOf(':');
    return colon < 0 ? "" : value.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
  }
}
