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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (new subfolders too), and single files, and calls back
 * with the paths that changed once a burst of changes has settled, so an editor saving a file in
 * several steps starts one rebuild, not several. Editors' hidden and backup files ({@code .name},
 * {@code name~}) are ignored. When the system lost events, the callback gets an empty set: anything
 * may have changed.
 */
final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final Consumer<Set<Path>> onChange;
  private final long quietMillis;
  private final Thread thread;
  /** The folders watched for some files only, and those files' names. */
  private final Map<Path, Set<String>> fileFolders = new ConcurrentHashMap<>();

  private FolderWatcher(WatchService service, Consumer<Set<Path>> onChange, long quietMillis) {
    this.service = service;
    this.onChange = onChange;
    this.quietMillis = quietMillis;
    this.thread = new Thread(this::run, "briefs-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching {@code folders} and {@code files} (those that exist, or whose folder does);
   * {@code onChange} runs on the watcher's thread.
   */
  static FolderWatcher start(List<Path> folders, List<Path> files, Consumer<Set<Path>> onChange, long quietMillis)
      throws IOException {
    FolderWatcher w = new FolderWatcher(FileSystems.getDefault().newWatchService(), onChange, quietMillis);
    for (Path folder : folders) {
      w.registerTree(folder);
    }
    for (Path file : files) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      boolean inTree = folders.stream().anyMatch(f -> parent.startsWith(f.toAbsolutePath().normalize()));
      if (Files.isDirectory(parent) && !inTree) {
        w.fileFolders.computeIfAbsent(parent, p -> ConcurrentHashMap.newKeySet()).add(file.getFileName().toString());
        parent.register(w.service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
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
        Set<Path> changed = new LinkedHashSet<>();
        boolean lost = drain(key, changed);
        // wait for the burst to end: keep taking events until none came for quietMillis
        for (WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS); next != null;
            next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) {
          lost |= drain(next, changed);
        }
        if (lost) {
          onChange.accept(Set.of());
        } else if (!changed.isEmpty()) {
          onChange.accept(Set.copyOf(changed));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Reads a key's events into {@code changed}, registers new folders; true when events were lost. */
  private boolean drain(WatchKey key, Set<Path> changed) {
    boolean lost = false;
    Path dir = (Path) key.watchable();
    Set<String> only = fileFolders.get(dir.toAbsolutePath().normalize());
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        lost = true;
        continue;
      }
      Path name = (Path) event.context();
      String file = name.getFileName().toString();
      if (file.startsWith(".") || file.endsWith("~") || only != null && !only.contains(file)) {
        continue;
      }
      Path path = dir.resolve(name);
      changed.add(path);
      if (only == null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(path);
        } catch (IOException e) {
          // the folder went away again; its parent's next event tells
        }
      }
    }
    key.reset();
    return lost;
  }

  /**
   * Stops watching. The thread is not interrupted: it may be running a build, which an interrupt
   * would cut short while its workers still write (closing the service wakes a waiting thread).
   */
  @Override
  public void close() throws IOException {
    service.close();
  }
}
