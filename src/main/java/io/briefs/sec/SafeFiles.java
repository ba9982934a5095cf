package io.briefs.sec;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Where an import may write: the company's folder inside the data folder, nowhere else. A file is
 * written whole to a hidden temporary file beside it and renamed over it, so a reader (or a crash)
 * sees the old file or the new one, never half of one. Links are refused, never followed.
 */
final class SafeFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path folder;

  private SafeFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * The company's folder {@code data/<company>}, made when missing.
   *
   * @param create whether the folders may be made (not in a dry run)
   */
  static SafeFiles companyFolder(Path data, String company, boolean create) throws BriefsException {
    Path dir = data.resolve(company);
    try {
      if (Files.isSymbolicLink(dir)) {
        throw failure(dir, "is a link; an import writes only into a real folder inside " + data);
      }
      if (create) {
        Files.createDirectories(dir);
      }
      if (Files.exists(dir)) {
        Path real = dir.toRealPath();
        Path realData = data.toRealPath();
        if (!real.getParent().equals(realData)) {
          throw failure(dir, "leads to " + real + ", outside " + realData + "; an import writes only inside the"
              + " data folder");
        }
      }
    } catch (IOException e) {
      throw failure(dir, "cannot make the folder: " + e.getMessage());
    }
    return new SafeFiles(dir);
  }

  Path folder() {
    return folder;
  }

  /** A file of the folder by name (a quarter's slug or company.yaml: never a path). */
  Path file(String name) {
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not a file name: " + name);
    }
    return folder.resolve(name);
  }

  /** The file's text, or null when there is none. */
  String read(Path file) throws BriefsException {
    try {
      if (Files.isSymbolicLink(file)) {
        throw failure(file, "is a link; an import reads and writes only regular files of " + folder);
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw failure(file, "is not a regular file");
      }
      if (Files.size(file) > 1024 * 1024) {
        throw failure(file, "is over 1 MiB; it is not a quarter file briefs can read");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw failure(file, "is not UTF-8 text");
    } catch (IOException e) {
      throw failure(file, "cannot be read: " + e.getMessage());
    }
  }

  /** Replaces (or makes) a file of the folder with the text, atomically; its permissions are kept. */
  void write(Path file, String text) throws BriefsException {
    if (!file.getParent().equals(folder)) {
      throw new IllegalArgumentException(file + " is not in " + folder);
    }
    Path tmp = null;
    try {
      if (Files.isSymbolicLink(file)) {
        throw failure(file, "is a link; an import writes only regular files of " + folder);
      }
      for (int attempt = 0; tmp == null; attempt++) {
        Path candidate = folder.resolve("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong())
            + ".tmp");
        try (OutputStream out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          tmp = candidate;
          out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
          if (attempt > 10) {
            throw e;
          }
        }
      }
      PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (from != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(tmp, from.readAttributes().permissions());
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException e) {
      throw failure(file, "cannot be written: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the hidden temporary file is skipped by every reader
        }
      }
    }
  }

  static BriefsException failure(Path file, String message) {
    return new BriefsException(List.of(new Diagnostic(file.toString(), 0, 0, Severity.ERROR, message)));
  }
}
