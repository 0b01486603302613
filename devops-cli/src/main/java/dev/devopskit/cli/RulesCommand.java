package dev.devopskit.cli;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.format.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code devops rules [ID]}: lists every rule, or prints one rule's documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists every rule with its id, profile, confidence, severity and summary; with an ID, prints its "
        + "documentation.", "Profiles: recommended (the default), trunk (what 'devops init' selects), strict."})
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id, such as secrets/literal-secret")
  String id;

  @CommandLine.Option(names = "--profile", paramLabel = "NAME",
      description = "List only the rules that run under this profile: recommended, trunk or strict")
  String profile;

  @Override
  public Integer call() throws IOException {
    List<RuleInfo> rules = dev.devopskit.kit.check.RepositoryCheck.of(Formats.installed(),
        dev.devopskit.core.policy.Policy.defaults()).rules();
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      Profile only = profile == null ? Profile.STRICT : Profile.parse(profile).orElseThrow(() ->
          new UsageException("--profile must be recommended, trunk or strict, not '" + profile + "'"));
      List<RuleInfo> shown = rules.stream().filter(r -> only.includes(r.profile())).toList();
      int width = shown.stream().mapToInt(r -> r.id().length()).max().orElse(10);
      out.printf("%-" + width + "s  %-11s  %-10s  %-7s  %s%n", "RULE", "PROFILE", "CONFIDENCE", "SEVERITY", "SUMMARY");
      for (RuleInfo rule : shown) {
        out.printf("%-" + width + "s  %-11s  %-10s  %-7s  %s%n", rule.id(), rule.profile().label(),
            rule.confidence().label(), rule.defaultSeverity().label(), rule.summary());
      }
      out.printf("%d rules%s%n", shown.size(), profile == null ? "" : " in profile " + only.label());
      out.flush();
      return 0;
    }
    Optional<RuleInfo> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
    if (rule.isEmpty()) {
      throw new UsageException("no rule '" + id + "'; run 'devops rules' to list them");
    }
    try (InputStream doc = RulesCommand.class.getResourceAsStream("/devops-kit/rules/" + id + ".md")) {
      if (doc != null) {
        out.print(new String(doc.readAllBytes(), StandardCharsets.UTF_8));
      } else {
        RuleInfo info = rule.get();
        out.println(info.id() + " (" + info.profile().label() + ", " + info.defaultSeverity().label() + "): "
            + info.summary());
        for (RuleOption option : info.options()) {
          out.println("  option " + option.name() + " (default " + option.defaultValue() + "): " + option.description());
        }
        out.println("Documentation: " + info.docUrl());
      }
    }
    out.flush();
    return 0;
  }
}
