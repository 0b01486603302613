package dev.devopskit.core.yaml;

import dev.devopskit.core.source.Span;

/** A comment in a YAML file: its text after {@code #} and where it is. */
public record YamlComment(String text, Span span) {}
