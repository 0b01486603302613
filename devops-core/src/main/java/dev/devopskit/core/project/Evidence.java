package dev.devopskit.core.project;

/** One detected fact and the file it came from: {@code "package manager: pnpm" from "pnpm-lock.yaml"}. */
public record Evidence(String fact, String source) {

  @Override
  public String toString() {
    return fact + " (from " + source + ")";
  }
}
