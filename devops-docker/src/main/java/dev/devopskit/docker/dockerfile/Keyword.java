package dev.devopskit.docker.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The instructions of a Dockerfile. */
public enum Keyword {
  FROM, RUN, CMD, LABEL, MAINTAINER, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD,
  STOPSIGNAL, HEALTHCHECK, SHELL;

  private static final java.util.Map<String, Keyword> BY_NAME = java.util.Arrays.stream(values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Keyword::name, k -> k));

  /** The keyword for a word in any case ({@code run}, {@code Run}), if it is one. */
  public static Optional<Keyword> parse(String word) {
    // A lookup, not valueOf: a file of unknown words (not a Dockerfile at all) would throw per line.
    return Optional.ofNullable(BY_NAME.get(word.toUpperCase(Locale.ROOT)));
  }
}
