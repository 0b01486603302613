package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code compose/dependency-cycle}: {@code depends_on} has no cycle, or compose cannot start anything. */
final class DependencyCycle implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/dependency-cycle", Profile.RECOMMENDED, Severity.ERROR,
      "depends_on has no cycles");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    Set<String> done = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (String start : file.services().keySet()) {
      List<String> stack = new ArrayList<>();
      visit(file, start, stack, done, reported, context);
    }
  }

  private void visit(ComposeFile file, String name, List<String> stack, Set<String> done,
      Set<Set<String>> reported, RuleContext context) {
    int at = stack.indexOf(name);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
      if (reported.add(new HashSet<>(cycle))) {
        cycle.add(name);
        String first = cycle.get(0);
        context.report(Walk.entry(context, DocPath.of("services", first, "depends_on"),
            file.services().get(first).dependsOn().keySet(), cycle.get(1)), "depends_on forms a cycle: "
            + String.join(" -> ", cycle), "remove one of these dependencies");
      }
      return;
    }
    if (done.contains(name) || !file.services().containsKey(name)) {
      return;
    }
    stack.add(name);
    for (String dependency : file.services().get(name).dependsOn().keySet()) {
      visit(file, dependency, stack, done, reported, context);
    }
    stack.remove(stack.size() - 1);
    done.add(name);
  }
}
