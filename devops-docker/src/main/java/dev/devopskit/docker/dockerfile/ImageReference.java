package dev.devopskit.docker.dockerfile;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference, {@code [registry/]repository[:tag][@digest]}, such as {@code eclipse-temurin:21-jre} or
 * {@code ghcr.io/acme/api@sha256:...}.
 *
 * @param registry the registry host ({@code ghcr.io}, {@code localhost:5000}), empty for Docker Hub
 * @param repository the repository path ({@code library/postgres} is written {@code postgres})
 * @param tag the tag
 * @param digest the digest ({@code sha256:<64 hex>})
 */
public record ImageReference(Optional<String> registry, String repository, Optional<String> tag,
    Optional<String> digest) {
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");
  private static final Pattern REGISTRY = Pattern.compile("[a-zA-Z0-9.-]+(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?");

  /** Validates every part. */
  public ImageReference {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(digest, "digest");
    registry.ifPresent(r -> {
      if (!REGISTRY.matcher(r).matches()) {
        throw new IllegalArgumentException("image registry '" + r + "' must be a host[:port], like ghcr.io");
      }
    });
    for (String component : repository.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        throw new IllegalArgumentException("image repository '" + repository
            + "' must be lower-case path components of letters, digits and . _ -, like 'acme/api'");
      }
    }
    tag.ifPresent(t -> {
      if (!TAG.matcher(t).matches()) {
        throw new IllegalArgumentException("image tag '" + t + "' must be up to 128 letters, digits, '_', '.', '-'");
      }
    });
    digest.ifPresent(d -> {
      if (!DIGEST.matcher(d).matches()) {
        throw new IllegalArgumentException("image digest '" + d + "' must be algorithm:hex, like sha256:<64 hex>");
      }
    });
  }

  /**
   * Parses a reference.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static ImageReference parse(String text) {
    String rest = text;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = Optional.of(rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    Optional<String> registry = Optional.empty();
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost") || first.startsWith("[")) {
        registry = Optional.of(first);
        rest = rest.substring(slash + 1);
      }
    }
    return new ImageReference(registry, rest, tag, digest);
  }

  /** Parses a reference, or empty when the text is not one (a variable such as {@code ${BASE}}, a typo). */
  public static Optional<ImageReference> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** An image with a tag: {@code ImageReference.of("postgres", "16-alpine")}. */
  public static ImageReference of(String repository, String tag) {
    return new ImageReference(Optional.empty(), repository, Optional.of(tag), Optional.empty());
  }

  /** This reference with a digest. */
  public ImageReference withDigest(String digest) {
    return new ImageReference(registry, repository, tag, Optional.of(digest));
  }

  /**
   * The image's name without tag or digest, with its registry host when it has one: {@code r.j3ss.co/curl} for
   * {@code r.j3ss.co/curl:latest}, {@code postgres} for {@code postgres:16}. What a suggested tag is appended to.
   */
  public String name() {
    return registry.map(r -> r + "/").orElse("") + repository;
  }

  /** Whether the tag is missing or {@code latest} and there is no digest: the image can change under you. */
  public boolean isFloating() {
    return digest.isEmpty() && tag.map(t -> t.equals("latest")).orElse(true);
  }

  @Override
  public String toString() {
    return name() + tag.map(t -> ":" + t).orElse("")
        + digest.map(d -> "@" + d).orElse("");
  }
}
