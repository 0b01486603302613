package dev.devopskit.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ValueText} on the module path: a value in a package its module exports prints its attributes; a value in
 * a package it does not export (which core may not call into) prints {@code ****} for each attribute instead of
 * failing. Tests otherwise run on the class path, where every package is open, so this builds a module layer of
 * devops-core and a small module compiled here, shaped like Immutables' generated code.
 */
class ValueTextModulesTest {
  @TempDir
  Path work;

  @Test
  void should_mask_the_attributes_of_a_value_in_an_unexported_package() throws Exception {
    java.util.Optional<java.util.spi.ToolProvider> javac = java.util.spi.ToolProvider.findFirst("javac");
    assumeTrue(javac.isPresent(), "no Java compiler in this runtime");
    List<Path> modulePath = modulePath();
    Path source = work.resolve("src");
    write(source, "module-info.java",
        "module sample.values { requires dev.devopskit.core; exports sample.open; }");
    write(source, "sample/open/Open.java", "package sample.open; public abstract class Open {"
        + " public abstract String name(); }");
    write(source, "sample/open/ImmutableOpen.java", "package sample.open; public final class ImmutableOpen"
        + " extends Open { private final String name; public ImmutableOpen(String name) { this.name = name; }"
        + " public String name() { return name; }"
        + " public String toString() { return dev.devopskit.core.value.ValueText.of(this); }"
        + " public static Object hidden(String token) { return new sample.hidden.ImmutableHidden(token); } }");
    write(source, "sample/hidden/Hidden.java", "package sample.hidden; public abstract class Hidden {"
        + " public abstract String token(); }");
    write(source, "sample/hidden/ImmutableHidden.java", "package sample.hidden; public final class"
        + " ImmutableHidden extends Hidden { private final String token;"
        + " public ImmutableHidden(String token) { this.token = token; } public String token() { return token; }"
        + " public String toString() { return dev.devopskit.core.value.ValueText.of(this); } }");
    Path classes = work.resolve("classes");
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path",
        modulePath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
    try (Stream<Path> files = Files.walk(source)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    java.io.StringWriter errors = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(errors, true);
    assertThat(javac.get().run(out, out, args.toArray(String[]::new))).as(errors.toString()).isZero();

    List<Path> layerPath = new ArrayList<>(modulePath);
    layerPath.add(classes);
    ModuleFinder finder = ModuleFinder.of(layerPath.toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("sample.values"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> open = layer.findLoader("sample.values").loadClass("sample.open.ImmutableOpen");
    assertThat(open.getModule().isNamed()).isTrue();

    Object visible = open.getConstructor(String.class).newInstance("build");
    Object hidden = open.getMethod("hidden", String.class).invoke(null, ValueTextTest.TOKEN);

    assertThat(visible).hasToString("Open{name=build}");
    assertThat(hidden).hasToString("Hidden{token=****}");
  }

  /** devops-core's classes (a module) and the modules it requires, from this test's class path. */
  private static List<Path> modulePath() throws URISyntaxException {
    List<Path> path = new ArrayList<>();
    path.add(Path.of(ValueText.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("snakeyaml-engine") || name.startsWith("jackson-databind") || name.startsWith("jackson-core")
          || name.startsWith("jackson-annotations")) {
        path.add(Path.of(entry));
      }
    }
    assumeTrue(Files.exists(path.get(0).resolve("module-info.class")), "devops-core is not a module here");
    return path;
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
