package io.briefs.site;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock beside the output folder, held for a whole build, so two builds of the same
 * folder cannot interleave. The operating system releases it when the process dies, even by
 * SIGKILL, so a crashed build never blocks the next one.
 */
final class SiteLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private SiteLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code out}, or fails at once when another build holds it. */
  static SiteLock acquire(Path out) throws IOException, BriefsException {
    Path file = out.resolveSibling("." + out.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new BriefsException(java.util.List.of(new Diagnostic(out.toString(), 0, 0, Severity.ERROR,
          "another briefs build is writing this folder (it holds " + file.getFileName()
              + "); try again when it has finished")));
    }
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
    return new SiteLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    if (lock.isValid()) {
      lock.release();
    }
    channel.close();
  }
}
