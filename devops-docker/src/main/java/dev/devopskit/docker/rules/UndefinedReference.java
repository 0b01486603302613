package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Service;
import dev.devopskit.docker.compose.ServiceReference;
import dev.devopskit.docker.compose.ServiceVolume;
import java.util.List;
import java.util.Map;

/**
 * {@code compose/undefined-reference}: every service, volume, network, secret and config a service names is
 * defined. Files with {@code include} are not checked for services, which may come from the included files.
 */
final class UndefinedReference implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/undefined-reference", Profile.RECOMMENDED, Severity.ERROR,
      "Services name only services, volumes, networks, secrets and configs the file defines");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    if (Walk.overrideFile(context)) {
      return;
    }
    boolean included = !file.include().isEmpty();
    file.services().forEach((name, service) -> {
      DocPath path = DocPath.of("services", name);
      if (!included) {
        for (String dependency : service.dependsOn().keySet()) {
          if (!file.services().containsKey(resolved(dependency).orElse(dependency))
              && resolved(dependency).isPresent()) {
            context.report(Walk.entry(context, path.key("depends_on"), service.dependsOn().keySet(), dependency),
                "service '" + name + "' depends on '"
                + dependency + "', which is not a service of this file", "define service '" + dependency
                + "' or fix the name" + suggestion(dependency, file.services()));
          }
        }
      }
      List<ServiceVolume> volumes = service.volumes();
      for (int i = 0; i < volumes.size(); i++) {
        ServiceVolume v = volumes.get(i);
        if (v.type().equals("volume") && v.source().isPresent() && !file.volumes().containsKey(v.source().get())
            && !v.source().get().contains("$")) {
          context.report(path.key("volumes").index(i), "service '" + name + "' mounts volume '" + v.source().get()
              + "', which is not under the top-level 'volumes'", "add '" + v.source().get()
              + ":' under the top-level 'volumes'");
        }
      }
      for (String network : service.networks().keySet()) {
        if (!network.equals("default") && !file.networks().containsKey(network)) {
          context.report(Walk.entry(context, path.key("networks"), service.networks().keySet(), network),
              "service '" + name + "' joins network '" + network
              + "', which is not under the top-level 'networks'", "add '" + network
              + ":' under the top-level 'networks'");
        }
      }
      references(context, name, path, "secrets", service.secrets(), file.secrets());
      references(context, name, path, "configs", service.configs(), file.configs());
    });
  }

  private static void references(RuleContext context, String name, DocPath path, String kind,
      List<ServiceReference> refs, Map<String, ?> defined) {
    for (int i = 0; i < refs.size(); i++) {
      String source = refs.get(i).source();
      if (!defined.containsKey(source)) {
        context.report(path.key(kind).index(i), "service '" + name + "' uses " + kind.substring(0, kind.length() - 1)
            + " '" + source + "', which is not under the top-level '" + kind + "'", "define '" + source
            + "' under the top-level '" + kind + "' (file: or environment:)");
      }
    }
  }

  /** The name with interpolation defaults filled in; empty when a variable without default decides it. */
  private static java.util.Optional<String> resolved(String name) {
    if (!name.contains("$")) {
      return java.util.Optional.of(name);
    }
    try {
      return dev.devopskit.docker.compose.Interpolation.parse(name).withDefaults();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static String suggestion(String name, Map<String, Service> services) {
    String best = dev.devopskit.core.yaml.YamlReadContext.suggest(name, services.keySet());
    return best.isEmpty() ? "" : " (did you mean '" + best + "'?)";
  }
}
