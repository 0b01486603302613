package dev.devopskit.openfeature.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one file and runs an action once it has stopped changing for the debounce time (editors and deploy tools
 * write a file in several steps). The watching and the action run on daemon threads; {@link #close()} stops both.
 */
public final class FileWatch implements AutoCloseable {
  private final Path file;
  private final Duration debounce;
  private final Runnable action;
  private final WatchService service;
  private final ScheduledExecutorService scheduler;
  private final Thread watcher;
  private ScheduledFuture<?> pending;

  private FileWatch(Path file, Duration debounce, Runnable action) throws IOException {
    this.file = file.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.action = action;
    this.service = FileSystems.getDefault().newWatchService();
    this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "devops-kit-flags-reload"));
    this.watcher = daemon(this::watch, "devops-kit-flags-watch");
  }

  /** Starts watching {@code file}; {@code action} runs after each burst of changes, {@code debounce} after the last. */
  public static FileWatch start(Path file, Duration debounce, Runnable action) throws IOException {
    FileWatch watch = new FileWatch(file, debounce, action);
    watch.watcher.start();
    return watch;
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          Object context = event.context();
          ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
              || context instanceof Path && file.getFileName().equals(context);
        }
        key.reset();
        if (ours) {
          schedule();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: the watch ends
    }
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    if (!scheduler.isShutdown()) {
      pending = scheduler.schedule(action, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops watching; a reload that is waiting does not run. */
  @Override
  public synchronized void close() {
    scheduler.shutdownNow();
    watcher.interrupt();
    try {
      service.close();
    } catch (IOException e) {
      // nothing is left to release
    }
  }
}
