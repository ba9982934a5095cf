package io.briefs.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (new subfolders too) and calls back once a burst of
 * changes has settled, so an editor saving several files starts one rebuild, not several.
 * Editors' hidden and backup files ({@code .name}, {@code name~}) are ignored.
 */
final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final Runnable onChange;
  private final long quietMillis;
  private final Thread thread;

  private FolderWatcher(WatchService service, Runnable onChange, long quietMillis) {
    this.service = service;
    this.onChange = onChange;
    this.quietMillis = quietMillis;
    this.thread = new Thread(this::run, "briefs-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code folders} (those that exist); {@code onChange} runs on the watcher's thread. */
  static FolderWatcher start(List<Path> folders, Runnable onChange, long quietMillis) throws IOException {
    FolderWatcher w = new FolderWatcher(FileSystems.getDefault().newWatchService(), onChange, quietMillis);
    for (Path folder : folders) {
      w.registerTree(folder);
    }
    w.thread.start();
    return w;
  }

  private void registerTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean relevant = drain(key);
        // wait for the burst to end: keep taking events until none came for quietMillis
        for (WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS); next != null;
            next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) {
          relevant |= drain(next);
        }
        if (relevant) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Reads a key's events, registers new folders, and says whether any event matters. */
  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path name = (Path) event.context();
      String file = name.getFileName().toString();
      if (file.startsWith(".") || file.endsWith("~")) {
        continue;
      }
      relevant = true;
      Path changed = dir.resolve(name);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // the folder went away again; its parent's next event tells
        }
      }
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
