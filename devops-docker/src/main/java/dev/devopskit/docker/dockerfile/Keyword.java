package dev.devopskit.docker.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The instructions of a Dockerfile. */
public enum Keyword {
  FROM, RUN, CMD, LABEL, MAINTAINER, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD,
  STOPSIGNAL, HEALTHCHECK, SHELL;

  /** The keyword for a word in any case ({@code run}, {@code Run}), if it is one. */
  public static Optional<Keyword> parse(String word) {
    try {
      return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
