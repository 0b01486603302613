package dev.devopskit.flags;

import dev.devopskit.core.flag.EnvFlags;
import dev.devopskit.core.flag.FeatureFlagsFormat;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where flags come from; {@link #load()} reads them again each time it is called, so a provider refreshes by
 * calling it.
 *
 * <pre>{@code
 * FlagSource source = FlagSource.file(Path.of("flags.yaml")).withVariables(System.getenv());
 * }</pre>
 */
@FunctionalInterface
public interface FlagSource {

  /** Reads the flags now. */
  FlagSet load() throws IOException;

  /** Fixed flags. */
  static FlagSource of(FlagSet flags) {
    Objects.requireNonNull(flags, "flags");
    return () -> flags;
  }

  /** A flag file in any format the {@code feature-flags} format reads (own YAML/JSON, flagd JSON). */
  static FlagSource file(Path file) {
    return () -> {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Parsed<FlagSet> parsed = FeatureFlagsFormat.readAny(SourceFile.of(file.toString(), text));
      if (parsed.value().isEmpty() || parsed.hasErrors()) {
        throw new IOException(parsed.findings().stream()
            .map(f -> file + ":" + f.location().line() + ": " + f.message()).collect(Collectors.joining("\n")));
      }
      return parsed.value().get();
    };
  }

  /** The {@code FEATURE_*} variables of an environment (see {@link EnvFlags}). */
  static FlagSource environment(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return () -> EnvFlags.read(copy);
  }

  /** The {@code FEATURE_*} lines of a {@code .env} file. */
  static FlagSource dotEnv(Path file) {
    return () -> EnvFlags.read(EnvFlags.parseDotEnv(Files.readString(file, StandardCharsets.UTF_8)));
  }

  /** A JDBC flag store. */
  static FlagSource jdbc(JdbcFlagStore store) {
    return () -> {
      try {
        return store.read();
      } catch (SQLException e) {
        throw new IOException("reading flags from the database failed: " + e.getMessage(), e);
      }
    };
  }

  /** This source with {@code FEATURE_*} variables applied over it (see {@link EnvFlags#apply}). */
  default FlagSource withVariables(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return () -> EnvFlags.apply(load(), copy);
  }

  /** This source with another's flags over it (the other wins per key, whole flags). */
  default FlagSource overlaidWith(FlagSource other) {
    return () -> load().overlaidWith(other.load());
  }
}
