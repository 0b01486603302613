package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Port;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code compose/port-conflict}: no two services publish the same host port. */
final class PortConflict implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/port-conflict", Severity.ERROR,
      "No two published ports share a host port");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    Map<String, String> taken = new HashMap<>();
    file.services().forEach((name, service) -> {
      List<Port> ports = service.ports();
      for (int i = 0; i < ports.size(); i++) {
        Port port = ports.get(i);
        if (port.published().isEmpty()) {
          continue;
        }
        String published = port.published().get();
        String protocol = port.protocol().orElse("tcp").toLowerCase(java.util.Locale.ROOT);
        String host = port.hostIp().orElse("");
        for (String number : expand(published)) {
          String key = host + "|" + number + "/" + protocol;
          String owner = name + " (ports[" + i + "])";
          String previous = taken.putIfAbsent(key, owner);
          if (previous != null) {
            context.report(DocPath.of("services", name, "ports").index(i), "host port " + number + "/" + protocol
                + " is already published by " + previous, "publish a different host port");
            break;
          }
        }
      }
    });
  }

  private static List<String> expand(String published) {
    String[] range = published.split("-");
    if (range.length == 2 && range[0].matches("[0-9]+") && range[1].matches("[0-9]+")) {
      int from = Integer.parseInt(range[0]);
      int to = Integer.parseInt(range[1]);
      if (to >= from && to - from < 1000) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
      }
    }
    return List.of(published);
  }
}
