package dev.devopskit.docs.markdown;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A fenced code block: its language (the info string, such as {@code bash}) and its content. */
@Value.Immutable
@DevOpsStyle
public abstract class CodeBlock implements WithCodeBlock {

  /** The language; empty for none. */
  @Value.Default
  public String language() {
    return "";
  }

  /** The content without the fences. */
  public abstract String code();

  /** A shell command block: {@code CodeBlock.bash("pg_dump -Fc orders > orders.dump")}. */
  public static CodeBlock bash(String code) {
    return of("bash", code);
  }

  /** A block in a language. */
  public static CodeBlock of(String language, String code) {
    return builder().language(language).code(code).build();
  }

  /** Starts a block. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds code blocks. */
  public static final class Builder extends ImmutableCodeBlock.Builder {}

  @Value.Check
  protected void check() {
    if (language().contains(" ") || language().contains("`")) {
      throw new IllegalArgumentException("code block language must be one word like 'bash', got '" + language() + "'");
    }
  }
}
