package dev.devopskit.docker.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BuildKit's shell lexer tests: variable expansion ({@code envVarTest}) and word splitting ({@code wordsTest}). */
class BuildKitShellConformanceTest {
  private static Path shell() {
    return Shared.conformance().resolve("peer-tests/moby__buildkit/frontend/dockerfile/shell");
  }

  @Test
  void should_expand_every_unix_case_of_env_var_test() throws IOException {
    Map<String, String> env = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (String line : Files.readAllLines(shell().resolve("envVarTest"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      if (parts[0].trim().equals("W")) {
        continue;
      }
      cases++;
      String input = parts[1].trim();
      String expected = parts[2].trim();
      String actual;
      try {
        actual = ShellExpansion.processWord(input, env, '\\');
      } catch (IllegalArgumentException e) {
        actual = "error";
      }
      if (!actual.equals(expected)) {
        failures.add(input + " -> '" + actual + "', expected '" + expected + "'");
      }
    }
    assertThat(cases).isGreaterThan(200);
    assertThat(failures).as("envVarTest failures of %d cases", cases).isEmpty();
  }

  @Test
  void should_split_every_case_of_words_test() throws IOException {
    Map<String, String> env = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(shell().resolve("wordsTest"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        String[] kv = line.substring(4).split("=", 2);
        env.put(kv[0], kv[1]);
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String input = parts[0].trim();
      String expected = parts[1].stripLeading();
      String actual;
      try {
        actual = String.join(",", ShellExpansion.processWords(input, env, '\\'));
      } catch (IllegalArgumentException e) {
        actual = "error";
      }
      if (!actual.equals(expected)) {
        failures.add(input + " -> '" + actual + "', expected '" + expected + "'");
      }
    }
    assertThat(failures).isEmpty();
  }
}
