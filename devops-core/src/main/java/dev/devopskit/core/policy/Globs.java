package dev.devopskit.core.policy;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled glob matchers, shared: a policy's few globs are matched against every file and every finding, so each
 * is compiled once rather than at every match.
 */
final class Globs {
  private static final Map<String, PathMatcher> MATCHERS = new ConcurrentHashMap<>();

  private Globs() {}

  static PathMatcher matcher(String glob) {
    return MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
  }
}
