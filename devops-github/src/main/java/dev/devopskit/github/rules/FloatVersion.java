package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Strategy;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code github/float-version}: a version written as a plain number whose text loses digits as a number
 * ({@code python-version: 3.10}), given to an action input or an environment variable whose name says version.
 * GitHub reads the YAML number 3.1 and passes "3.1": the step installs Python 3.1, or fails. Matrix values of a
 * dimension whose name says version ({@code python-version: [3.9, 3.10]}) are the same trap.
 */
public final class FloatVersion implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/float-version")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH)
      .defaultSeverity(Severity.ERROR)
      .summary("Versions that lose digits as YAML numbers (3.10 is 3.1) are quoted")
      .build();
  /** A plain decimal that ends in a zero after its point: its value has fewer digits than its text. */
  private static final Pattern LOSES_DIGITS = Pattern.compile("[-+]?[0-9]+\\.[0-9]*0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (!(context.sourceMap() instanceof YamlDocument document)) {
      // a value built in Java holds strings, which the writer quotes where YAML would read a number
      return;
    }
    Sites sites = new Sites(document, context);
    sites.map(DocPath.root().key("env"), workflow.env());
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      DocPath path = Pipelines.job(entry.getKey());
      sites.map(path.key("env"), job.env());
      sites.map(path.key("with"), job.inputs());
      job.container().ifPresent(c -> sites.map(path.key("container").key("env"), c.env()));
      job.services().forEach((id, service) -> sites.map(path.key("services").key(id).key("env"), service.env()));
      job.strategy().flatMap(Strategy::matrix).ifPresent(m -> sites.matrix(path.key("strategy").key("matrix"), m));
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        DocPath step = Pipelines.step(entry.getKey(), i);
        sites.map(step.key("with"), steps.get(i).inputs());
        sites.map(step.key("env"), steps.get(i).env());
      }
    }
  }

  /** The places of one file where a plain number could be a version, checked against the file's YAML. */
  private record Sites(YamlDocument document, RuleContext context) {

    void map(DocPath path, Map<String, String> values) {
      for (String name : values.keySet()) {
        if (saysVersion(name)) {
          document.node(path.key(name)).ifPresent(node -> check(path.key(name), name, node));
        }
      }
    }

    /** Matrix values of a dimension whose name says version ({@code python-version: [3.9, 3.10]}). */
    void matrix(DocPath path, Matrix matrix) {
      for (String name : matrix.dimensions().keySet()) {
        Optional<YamlNode> values = document.node(path.key(name));
        if (saysVersion(name) && values.isPresent() && values.get() instanceof YamlSequence sequence) {
          for (int i = 0; i < sequence.size(); i++) {
            check(path.key(name).index(i), "${{ matrix." + name + " }}", sequence.items().get(i));
          }
        }
      }
    }

    private void check(DocPath at, String what, YamlNode node) {
      if (node instanceof YamlScalar scalar && scalar.style() == YamlScalar.Style.PLAIN && scalar.tag().isEmpty()
          && LOSES_DIGITS.matcher(scalar.value()).matches()) {
        context.report(at, scalar.value() + " is the number " + scalar.asText() + " in YAML, so GitHub gives "
            + what + " \"" + scalar.asText() + "\", not \"" + scalar.value() + "\"",
            "quote it: '" + scalar.value() + "'");
      }
    }

    private static boolean saysVersion(String name) {
      return name.toLowerCase(Locale.ROOT).contains("version");
    }
  }
}
