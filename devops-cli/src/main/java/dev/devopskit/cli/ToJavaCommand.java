package dev.devopskit.cli;

import dev.devopskit.kit.ToJava;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops to-java FILE...}: the Java that builds each file's value with devops-kit's API. */
@Command(name = "to-java", mixinStandardHelpOptions = true,
    description = {"Prints Java that builds each file (a workflow, action.yml, Dockerfile, compose file or "
        + "Prometheus rule file) with devops-kit's API; compiled and run, it builds a value equal to the file's.",
        "A folder stands for every such file under it; with --out each becomes a class file of its own."})
final class ToJavaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, or folders to take every file from")
  List<Path> files;

  @Option(names = "--class", paramLabel = "NAME",
      description = "The class name (one file only); by default derived from the file name, such as CiWorkflow")
  String className;

  @Option(names = "--package", paramLabel = "PKG", defaultValue = "", description = "The package of the classes")
  String packageName;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Writes one class a file under DIR (in the package's folders) instead of printing")
  Path out;

  @Option(names = "--main", description = "Adds a main that prints the value in canonical form, so that "
      + "'java -cp devops.jar Name.java' shows the file again")
  boolean main;

  @Override
  public Integer call() throws IOException {
    Map<String, Path> inputs = new LinkedHashMap<>();
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        for (String relative : ToJava.files(file)) {
          inputs.put(relative, file.resolve(relative));
        }
      } else if (Files.isRegularFile(file)) {
        inputs.put(file.toString().replace('\\', '/'), file);
      } else {
        throw new UsageException(file + " does not exist; give workflow, action, Dockerfile, compose or rule files");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no workflow, action, Dockerfile, compose or Prometheus rule file under " + files);
    }
    if (className != null && inputs.size() > 1) {
      throw new UsageException("--class names one class but " + inputs.size() + " files were given; leave it out "
          + "to derive a name from each file");
    }
    Map<String, String> names = className != null ? Map.of(inputs.keySet().iterator().next(), className)
        : ToJava.classNames(new ArrayList<>(inputs.keySet()));
    PrintWriter stdout = spec.commandLine().getOut();
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      String name = names.get(input.getKey());
      String source;
      try {
        source = ToJava.source(input.getValue(), input.getKey(), packageName, name, main);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (out == null) {
        stdout.print(inputs.size() > 1 ? "// " + input.getKey() + "\n" + source + "\n" : source);
      } else {
        Path folder = packageName.isEmpty() ? out : out.resolve(packageName.replace('.', '/'));
        Files.createDirectories(folder);
        Path target = folder.resolve(name + ".java");
        Files.writeString(target, source, StandardCharsets.UTF_8);
        stdout.println("wrote " + target + " from " + input.getKey());
      }
    }
    stdout.flush();
    return 0;
  }
}
