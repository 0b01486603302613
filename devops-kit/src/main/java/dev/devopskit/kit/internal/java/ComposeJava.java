package dev.devopskit.kit.internal.java;

import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;

/** Compose files as Java: the model's builders; values with a text factory ({@code Port.parse}) through it. */
public final class ComposeJava extends JavaKind {
  /** The kind. */
  public ComposeJava() {
    super(ComposeFile.class, "composeFile", Compose.class, "text");
  }
}
