package dev.devopskit.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory against the test's class path, all in one compiler call (one compiler start for
 * hundreds of classes), and loads the classes that compiled.
 */
public final class InMemoryJava {
  private InMemoryJava() {}

  /** What a compilation gave: a loader of the compiled classes and the errors per class name. */
  public record Compiled(ClassLoader loader, Map<String, List<String>> errors) {}

  /**
   * Compiles sources given by fully qualified class name. A class with errors is reported in
   * {@link Compiled#errors()}; when any class fails javac writes no class at all, so the failed ones are left out
   * and the rest compiled again.
   */
  public static Compiled compile(Map<String, String> sources) {
    Map<String, List<String>> errors = new HashMap<>();
    Map<String, String> remaining = new HashMap<>(sources);
    for (int attempt = 0; attempt < 3; attempt++) {
      Map<String, byte[]> classes = new ConcurrentHashMap<>();
      Map<String, List<String>> failed = run(remaining, classes);
      if (failed.isEmpty()) {
        return new Compiled(new Loader(classes), errors);
      }
      errors.putAll(failed);
      failed.keySet().forEach(remaining::remove);
    }
    return new Compiled(new Loader(Map.of()), errors);
  }

  private static Map<String, List<String>> run(Map<String, String> sources, Map<String, byte[]> classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8);
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    String classPath = System.getProperty("java.class.path");
    List<String> options = List.of("-classpath", classPath, "-proc:none", "-nowarn", "-implicit:none",
        "-Xlint:none");
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
            kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                classes.put(className, toByteArray());
              }
            };
          }
        };
      }
    };
    compiler.getTask(null, manager, diagnostics, options, null, units).call();
    Map<String, List<String>> failed = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() instanceof Source source) {
        failed.computeIfAbsent(source.className, k -> new ArrayList<>())
            .add("line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
    }
    return failed;
  }

  /** A source held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    final String className;
    private final String text;

    Source(String className, String text) {
      super(URI.create("mem:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.className = className;
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Loads the compiled classes, the rest from the test's own loader. */
  private static final class Loader extends ClassLoader {
    private final Map<String, byte[]> classes;

    Loader(Map<String, byte[]> classes) {
      super(InMemoryJava.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
