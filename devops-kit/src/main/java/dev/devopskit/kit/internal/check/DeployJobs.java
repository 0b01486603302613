package dev.devopskit.kit.internal.check;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The jobs of a workflow file read from its YAML tree, with the environment they deploy to. */
final class DeployJobs {
  /** A job, its path, and the environment it names (empty when none, or an expression). */
  record JobSite(Parsed<?> file, String id, DocPath path, YamlMapping job, Optional<String> environment,
      DocPath environmentPath) {}

  private DeployJobs() {}

  static List<JobSite> of(Parsed<?> file) {
    List<JobSite> out = new ArrayList<>();
    for (YamlMapping.Entry entry : Sites.entries(file, DocPath.of("jobs"))) {
      Optional<YamlMapping> job = entry.value().asMapping();
      if (job.isEmpty()) {
        continue;
      }
      DocPath path = DocPath.of("jobs", entry.name());
      Optional<YamlNode> environment = job.get().get("environment");
      Optional<String> name = environment.flatMap(e -> e.asMapping().isPresent()
          ? e.asMapping().get().get("name").flatMap(YamlNode::text) : e.text());
      DocPath environmentPath = environment.flatMap(YamlNode::asMapping).isPresent()
          ? path.key("environment").key("name") : path.key("environment");
      out.add(new JobSite(file, entry.name(), path, job.get(), name.filter(n -> !n.isBlank()),
          environmentPath));
    }
    return out;
  }

  /** The {@code run:} scripts of a job's steps, with their paths. */
  static List<Script> scripts(JobSite job) {
    List<Script> out = new ArrayList<>();
    List<YamlNode> steps = job.job().get("steps").flatMap(YamlNode::asSequence).map(s -> s.items())
        .orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      Optional<YamlMapping> step = steps.get(i).asMapping();
      DocPath path = job.path().key("steps").index(i);
      step.flatMap(s -> s.get("run")).flatMap(YamlNode::text).ifPresent(run -> out.add(new Script(path.key("run"),
          run, step.flatMap(s -> s.get("working-directory")).flatMap(YamlNode::text))));
    }
    return out;
  }

  /** A step's script and its working directory. */
  record Script(DocPath path, String run, Optional<String> workingDirectory) {}

  /** The events a workflow runs on. */
  static List<String> events(Parsed<?> file) {
    Optional<YamlNode> on = Sites.node(file, DocPath.of("on")).or(() -> Sites.node(file, DocPath.of("true")));
    if (on.isEmpty()) {
      return List.of();
    }
    YamlNode node = on.get();
    if (node.asMapping().isPresent()) {
      return node.asMapping().get().keys();
    }
    if (node.asSequence().isPresent()) {
      return node.asSequence().get().items().stream().flatMap(n -> n.text().stream()).toList();
    }
    return node.text().stream().toList();
  }
}
