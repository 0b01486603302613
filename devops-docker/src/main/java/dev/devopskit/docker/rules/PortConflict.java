package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
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

/**
 * {@code compose/port-conflict}: no two services that run together publish the same host port. Services in
 * different profiles (a {@code dev} and a {@code prod} variant of one service) never start together.
 */
final class PortConflict implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/port-conflict", Profile.RECOMMENDED, Severity.ERROR,
      "No two published ports share a host port");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    Map<String, List<Owner>> taken = new HashMap<>();
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
          Owner owner = new Owner(name + " (ports[" + i + "])", service.profiles());
          List<Owner> before = taken.computeIfAbsent(key, k -> new java.util.ArrayList<>());
          java.util.Optional<Owner> clash = before.stream().filter(o -> o.runsWith(owner)).findFirst();
          before.add(owner);
          if (clash.isPresent()) {
            context.report(DocPath.of("services", name, "ports").index(i), "host port " + number + "/" + protocol
                + " is already published by " + clash.get().where(), "publish a different host port");
            break;
          }
        }
      }
    });
  }

  /**
   * A service that publishes a port, with its profiles. Services with profiles start only when one of them is
   * active; a service without profiles always starts. Two services run together unless both have profiles and
   * share none.
   */
  private record Owner(String where, List<String> profiles) {
    boolean runsWith(Owner other) {
      return profiles.isEmpty() || other.profiles.isEmpty() || profiles.stream().anyMatch(other.profiles::contains);
    }
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
