package dev.devopskit.docker.internal.compose;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.docker.compose.Build;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Dependency;
import dev.devopskit.docker.compose.Healthcheck;
import dev.devopskit.docker.compose.Interpolation;
import dev.devopskit.docker.compose.Port;
import dev.devopskit.docker.compose.Resource;
import dev.devopskit.docker.compose.Service;
import dev.devopskit.docker.compose.ServiceReference;
import dev.devopskit.docker.compose.ServiceVolume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a compose file through core's YAML reader into a {@link ComposeFile}; the YAML document is the map. */
public final class ComposeReader {
  /** Shapes and values compose refuses. */
  public static final RuleInfo SYNTAX = RuleInfo.of("compose/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "The compose file follows the Compose Specification");
  /** Keys the specification does not know. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of("compose/unknown-key", Profile.RECOMMENDED, Severity.ERROR,
      "Every key is one the Compose Specification knows");
  /** The obsolete top-level version. */
  public static final RuleInfo OBSOLETE_VERSION = RuleInfo.of("compose/obsolete-version",
      Profile.TRUNK, Severity.WARNING, "No obsolete top-level version key");

  /** A file in the version 1 format, with its services at the top level. */
  public static final RuleInfo VERSION_1 = RuleInfo.of("compose/version-1", Profile.RECOMMENDED, Severity.ERROR,
      "Services are under 'services', not at the top level (the version 1 format)");

  /** Service keys of the Compose Specification. */
  static final Set<String> SERVICE_KEYS = Set.of("annotations", "attach", "blkio_config", "build", "cap_add",
      "cap_drop", "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count", "cpu_percent",
      "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset",
      "credential_spec", "depends_on", "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt",
      "dns_search", "domainname", "driver_opts", "entrypoint", "env_file", "label_file", "environment", "expose",
      "extends", "external_links", "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init",
      "ipc", "isolation", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation",
      "mem_swappiness", "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable", "oom_score_adj",
      "pid", "pids_limit", "platform", "ports", "post_start", "pre_start", "pre_stop", "privileged", "profiles", "provider",
      "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale", "secrets", "security_opt",
      "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty",
      "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from", "working_dir");
  static final Set<String> TOP_KEYS = Set.of("version", "name", "include", "services", "volumes", "networks",
      "secrets", "configs", "models");

  private final SourceFile source;
  private final YamlReadContext ctx;
  private final SectionReader sections;
  private final List<Finding> extra = new ArrayList<>();
  private YamlDocument document;

  /** Whether a version 1 file is read as if its top-level services were under {@code services}. */
  private final boolean convertVersion1;

  private ComposeReader(SourceFile source, boolean convertVersion1) {
    this.source = source;
    this.convertVersion1 = convertVersion1;
    this.ctx = new YamlReadContext(source, SYNTAX.id(), UNKNOWN_KEY.id());
    this.sections = new SectionReader(ctx);
  }

  /** Reads a file; never throws. */
  public static Parsed<ComposeFile> read(SourceFile source) {
    return new ComposeReader(source, false).run();
  }

  /**
   * Reads a file; a version 1 file (services at the top level) is read as if its services were under
   * {@code services}, so that writing the value converts it. Other files read as with {@link #read}.
   */
  public static Parsed<ComposeFile> readConvertingVersion1(SourceFile source) {
    return new ComposeReader(source, true).run();
  }

  /**
   * Whether a top-level mapping is in the version 1 format: no {@code services} and no {@code version}, and keys
   * outside the specification's top-level keys whose values are mappings with an {@code image} or a {@code build}.
   */
  static boolean isVersion1(YamlMapping top) {
    if (top.has("services") || top.has("version")) {
      return false;
    }
    boolean service = false;
    for (YamlMapping.Entry entry : top.entries()) {
      if (TOP_KEYS.contains(entry.name()) || entry.name().startsWith("x-")) {
        continue;
      }
      Optional<YamlMapping> body = entry.value().asMapping();
      if (body.isEmpty() || !body.get().has("image") && !body.get().has("build")) {
        return false;
      }
      service = true;
    }
    return service;
  }

  private Parsed<ComposeFile> run() {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    document = yaml.value().get();
    Optional<YamlNode> root = document.root();
    if (root.isEmpty() || root.get().asMapping().isEmpty()) {
      List<Finding> all = new ArrayList<>(yaml.findings());
      all.add(Finding.builder().ruleId(SYNTAX.id()).severity(Severity.ERROR)
          .message("a compose file is a mapping with at least 'services'").location(new Location(source.path(),
              // An empty file has no root to point at: the finding is at its first line.
              document.locate(DocPath.root()).or(() -> Optional.of(Span.line(source, 1))), DocPath.root())).fix("add 'services:' with at least one service")
          .build());
      return Parsed.failed(source, all);
    }
    ComposeFile.Builder file = ComposeFile.builder();
    YamlMapping top = root.get().asMapping().get();
    boolean version1 = isVersion1(top);
    if (version1 && convertVersion1) {
      top = asCurrentFormat(top);
    } else if (version1) {
      YamlMapping.Entry first = top.entries().stream().filter(e -> !TOP_KEYS.contains(e.name())
          && !e.name().startsWith("x-")).findFirst().orElseThrow();
      ctx.report(VERSION_1.id(), Severity.ERROR, first.key(), DocPath.of(first.name()),
          "version 1 format: top-level keys are services; move them under `services:`",
          "indent the services under a 'services:' line ('devops config --convert-v1 FILE' prints the file so)");
    }
    file.servicesKey(top.has("services"));
    for (YamlMapping.Entry entry : top.entries()) {
      String key = entry.name();
      DocPath path = DocPath.of(key);
      YamlNode value = entry.value();
      switch (key) {
        case "version" -> ctx.report(OBSOLETE_VERSION.id(), Severity.WARNING, entry.key(), path,
            "the top-level 'version' is obsolete and ignored by compose", "remove the 'version' line");
        case "name" -> ctx.string(value, path).ifPresent(file::name);
        case "include" -> {
          if (value instanceof YamlSequence seq) {
            file.addAllInclude(seq.items());
          } else if (!value.isNull()) {
            ctx.error(value, path, "'include' must be a list of files", null);
          }
        }
        case "services" -> ctx.mapping(value, path).ifPresent(m -> services(m, path, file));
        case "volumes" -> file.putAllVolumes(resources(value, path));
        case "networks" -> file.putAllNetworks(resources(value, path));
        case "secrets" -> file.putAllSecrets(resources(value, path));
        case "configs" -> file.putAllConfigs(resources(value, path));
        default -> {
          if (key.startsWith("x-")) {
            file.putExtension(key, value);
          } else {
            if (!TOP_KEYS.contains(key) && !version1) {
              ctx.unknownKeys(YamlMapping.read(List.of(entry), null, null), DocPath.root(), TOP_KEYS);
            }
            file.putOther(key, value);
          }
        }
      }
    }
    checkInterpolation(top);
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(ctx.findings());
    findings.addAll(extra);
    findings.sort(null);
    try {
      return Parsed.of(file.build(), source, document, findings);
    } catch (IllegalArgumentException e) {
      findings.add(Finding.builder().ruleId(SYNTAX.id()).severity(Severity.ERROR).message(e.getMessage())
          .location(new Location(source.path(), document.locate(DocPath.of("services")), DocPath.of("services")))
          .build());
      return Parsed.failed(source, findings);
    }
  }

  /** A version 1 file's top level with its services moved under {@code services} (their nodes keep positions). */
  private static YamlMapping asCurrentFormat(YamlMapping top) {
    List<YamlMapping.Entry> services = new ArrayList<>();
    List<YamlMapping.Entry> rest = new ArrayList<>();
    for (YamlMapping.Entry entry : top.entries()) {
      (TOP_KEYS.contains(entry.name()) || entry.name().startsWith("x-") ? rest : services).add(entry);
    }
    rest.add(new YamlMapping.Entry(YamlScalar.string("services"),
        YamlMapping.read(services, top.span().orElse(null), null)));
    return YamlMapping.read(rest, top.span().orElse(null), null);
  }

  private void checkInterpolation(YamlNode root) {
    for (StringSite site : YamlStrings.of(root)) {
      try {
        Interpolation.parse(site.value());
      } catch (IllegalArgumentException e) {
        extra.add(Finding.builder().ruleId(SYNTAX.id()).severity(Severity.ERROR)
            .message("invalid interpolation in '" + site.path() + "': " + e.getMessage())
            .location(new Location(source.path(), document.locate(site.path()), site.path()))
            .fix("write $$ for a literal dollar sign").build());
      }
    }
  }

  private Map<String, Resource> resources(YamlNode node, DocPath path) {
    Map<String, Resource> out = new LinkedHashMap<>();
    ctx.mapping(node, path).ifPresent(m -> {
      for (YamlMapping.Entry e : m.entries()) {
        if (e.value().isNull()) {
          out.put(e.name(), Resource.empty());
        } else {
          ctx.mapping(e.value(), path.key(e.name())).ifPresent(attrs -> {
            Map<String, YamlNode> a = new LinkedHashMap<>();
            attrs.entries().forEach(x -> a.put(x.name(), x.value()));
            out.put(e.name(), new Resource(a));
          });
        }
      }
    });
    return out;
  }

  private void services(YamlMapping services, DocPath path, ComposeFile.Builder file) {
    for (YamlMapping.Entry entry : services.entries()) {
      DocPath servicePath = path.key(entry.name());
      if (entry.value().isNull()) {
        file.putService(entry.name(), Service.builder().build());
        continue;
      }
      Optional<YamlMapping> mapping = ctx.mapping(entry.value(), servicePath);
      if (mapping.isEmpty()) {
        continue;
      }
      try {
        file.putService(entry.name(), service(mapping.get(), servicePath));
      } catch (IllegalArgumentException e) {
        ctx.error(entry.value(), servicePath, "service '" + entry.name() + "': " + e.getMessage(), null);
      }
    }
  }

  private Service service(YamlMapping m, DocPath path) {
    Service.Builder s = Service.builder();
    for (YamlMapping.Entry entry : m.entries()) {
      String key = entry.name();
      YamlNode v = entry.value();
      DocPath p = path.key(key);
      try {
        switch (key) {
          case "image" -> ctx.string(v, p).ifPresent(s::image);
          case "container_name" -> ctx.string(v, p).ifPresent(s::containerName);
          case "working_dir" -> ctx.string(v, p).ifPresent(s::workingDir);
          case "user" -> ctx.string(v, p).ifPresent(s::user);
          case "restart" -> ctx.string(v, p).ifPresent(s::restart);
          case "command" -> s.command(v);
          case "entrypoint" -> s.entrypoint(v);
          case "logging" -> sections.logging(v, p).ifPresent(s::logging);
          case "build" -> build(v, p).ifPresent(s::buildFrom);
          case "environment" -> s.putAllEnvironment(keyValues(v, p));
          case "labels" -> keyValues(v, p).forEach((k, val) -> s.putLabel(k, val.orElse("")));
          case "env_file" -> {
            if (v instanceof YamlSequence seq && seq.items().stream().anyMatch(i -> i.asMapping().isPresent())) {
              s.putOther(key, v);
            } else {
              s.addAllEnvFiles(ctx.stringList(v, p));
            }
          }
          case "ports" -> ports(v, p, s);
          case "expose" -> s.addAllExpose(ctx.stringList(v, p));
          case "volumes" -> volumes(v, p, s);
          case "depends_on" -> dependsOn(v, p, s);
          case "healthcheck" -> ctx.mapping(v, p).ifPresent(h -> s.healthcheck(healthcheck(h, p)));
          case "networks" -> networks(v, p, s);
          case "secrets" -> s.addAllSecrets(references(v, p));
          case "configs" -> s.addAllConfigs(references(v, p));
          case "profiles" -> s.addAllProfiles(ctx.stringList(v, p));
          case "init" -> ctx.bool(v, p).ifPresent(s::init);
          case "stop_grace_period" -> ctx.string(v, p).ifPresent(s::stopGracePeriod);
          case "deploy" -> sections.deploy(v, p).ifPresent(s::deploy);
          case "develop" -> sections.develop(v, p).ifPresent(s::develop);
          case "extends" -> {
            if (v instanceof YamlScalar) {
              ctx.string(v, p).ifPresent(name -> s.extendsFrom(new Service.Extends(name, Optional.empty())));
            } else {
              ctx.mapping(v, p).ifPresent(ext -> {
                Optional<String> target = text(ext, "service");
                if (target.isEmpty() || ext.keys().stream().anyMatch(k -> !k.equals("service") && !k.equals("file"))) {
                  s.putOther(key, v);
                  if (target.isEmpty()) {
                    ctx.error(v, p, "'extends' needs 'service'", "write extends: {service: NAME, file: FILE}");
                  }
                } else {
                  s.extendsFrom(new Service.Extends(target.get(), text(ext, "file")));
                }
              });
            }
          }
          default -> {
            if (!key.startsWith("x-") && !SERVICE_KEYS.contains(key)) {
              ctx.unknownKeys(YamlMapping.read(List.of(entry), null, null), path, SERVICE_KEYS);
            }
            s.putOther(key, v);
          }
        }
      } catch (IllegalArgumentException e) {
        ctx.error(v, p, e.getMessage(), null);
      }
    }
    return s.build();
  }

  private Map<String, Optional<String>> keyValues(YamlNode v, DocPath p) {
    return sections.keyValues(v, p);
  }

  private Optional<Build> build(YamlNode v, DocPath p) {
    if (v instanceof YamlScalar) {
      return ctx.string(v, p).map(c -> new Build(Optional.of(c), Optional.empty(), Optional.empty(), Map.of(),
          Map.of()));
    }
    return ctx.mapping(v, p).map(m -> {
      Optional<String> context = Optional.empty();
      Optional<String> dockerfile = Optional.empty();
      Optional<String> target = Optional.empty();
      Map<String, Optional<String>> args = new LinkedHashMap<>();
      Map<String, YamlNode> options = new LinkedHashMap<>();
      for (YamlMapping.Entry e : m.entries()) {
        switch (e.name()) {
          case "context" -> context = ctx.string(e.value(), p.key("context"));
          case "dockerfile" -> dockerfile = ctx.string(e.value(), p.key("dockerfile"));
          case "target" -> target = ctx.string(e.value(), p.key("target"));
          case "args" -> args.putAll(keyValues(e.value(), p.key("args")));
          default -> options.put(e.name(), e.value());
        }
      }
      return new Build(context, dockerfile, target, args, options);
    });
  }

  private void ports(YamlNode v, DocPath p, Service.Builder s) {
    if (!(v instanceof YamlSequence seq)) {
      ctx.error(v, p, "'" + p + "' must be a list of ports", "write ports as a list: - \"8080:80\"");
      return;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      DocPath ip = p.index(i);
      try {
        if (item instanceof YamlScalar) {
          ctx.string(item, ip).map(Port::parse).ifPresent(s::addPort);
        } else {
          ctx.mapping(item, ip).ifPresent(m -> s.addPort(new Port(text(m, "target").orElse(""),
              text(m, "published"), text(m, "host_ip"), text(m, "protocol"), text(m, "mode"), text(m, "name"),
              text(m, "app_protocol"))));
        }
      } catch (IllegalArgumentException e) {
        ctx.error(item, ip, e.getMessage(), null);
      }
    }
  }

  private static Optional<String> text(YamlMapping m, String key) {
    return m.get(key).filter(n -> !n.isNull()).flatMap(YamlNode::text);
  }

  private void volumes(YamlNode v, DocPath p, Service.Builder s) {
    if (!(v instanceof YamlSequence seq)) {
      ctx.error(v, p, "'" + p + "' must be a list of volumes", null);
      return;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      DocPath ip = p.index(i);
      try {
        if (item instanceof YamlScalar) {
          ctx.string(item, ip).map(ServiceVolume::parse).ifPresent(s::addVolume);
        } else {
          ctx.mapping(item, ip).ifPresent(m -> {
            Map<String, YamlNode> options = new LinkedHashMap<>();
            m.entries().stream().filter(e -> !Set.of("type", "source", "target", "read_only").contains(e.name()))
                .forEach(e -> options.put(e.name(), e.value()));
            boolean readOnly = m.get("read_only").flatMap(n -> ctx.bool(n, ip.key("read_only"))).orElse(false);
            s.addVolume(new ServiceVolume(text(m, "type").orElse("volume"), text(m, "source"),
                text(m, "target").orElse(""), Optional.empty(), readOnly, options));
          });
        }
      } catch (IllegalArgumentException e) {
        ctx.error(item, ip, e.getMessage(), null);
      }
    }
  }

  private void dependsOn(YamlNode v, DocPath p, Service.Builder s) {
    if (v instanceof YamlSequence) {
      ctx.stringList(v, p).forEach(name -> s.putDependsOn(name, Dependency.started()));
      return;
    }
    ctx.mapping(v, p).ifPresent(m -> m.entries().forEach(e -> {
      DocPath ep = p.key(e.name());
      if (e.value().isNull()) {
        s.putDependsOn(e.name(), Dependency.started());
        return;
      }
      ctx.mapping(e.value(), ep).ifPresent(d -> {
        try {
          s.putDependsOn(e.name(), new Dependency(text(d, "condition"),
              d.get("restart").flatMap(n -> ctx.bool(n, ep.key("restart"))),
              d.get("required").flatMap(n -> ctx.bool(n, ep.key("required")))));
        } catch (IllegalArgumentException ex) {
          ctx.error(e.value(), ep, ex.getMessage(), null);
        }
      });
    }));
  }

  private Healthcheck healthcheck(YamlMapping m, DocPath p) {
    List<String> test = new ArrayList<>();
    boolean disable = false;
    Map<String, YamlNode> options = new LinkedHashMap<>();
    for (YamlMapping.Entry e : m.entries()) {
      switch (e.name()) {
        case "test" -> {
          if (e.value() instanceof YamlScalar) {
            ctx.string(e.value(), p.key("test")).ifPresent(t -> {
              test.add("CMD-SHELL");
              test.add(t);
            });
          } else {
            test.addAll(ctx.stringList(e.value(), p.key("test")));
          }
        }
        case "disable" -> disable = ctx.bool(e.value(), p.key("disable")).orElse(false);
        default -> options.put(e.name(), e.value());
      }
    }
    return new Healthcheck(test, disable, options);
  }

  private void networks(YamlNode v, DocPath p, Service.Builder s) {
    if (v instanceof YamlSequence) {
      ctx.stringList(v, p).forEach(n -> s.putNetwork(n, YamlScalar.nullValue()));
      return;
    }
    ctx.mapping(v, p).ifPresent(m -> m.entries().forEach(e -> s.putNetwork(e.name(), e.value())));
  }

  private List<ServiceReference> references(YamlNode v, DocPath p) {
    List<ServiceReference> out = new ArrayList<>();
    if (!(v instanceof YamlSequence seq)) {
      ctx.error(v, p, "'" + p + "' must be a list", null);
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      DocPath ip = p.index(i);
      if (item instanceof YamlScalar) {
        ctx.string(item, ip).ifPresent(n -> out.add(ServiceReference.of(n)));
      } else {
        ctx.mapping(item, ip).ifPresent(m -> {
          Map<String, YamlNode> options = new LinkedHashMap<>();
          m.entries().stream().filter(e -> !e.name().equals("source")).forEach(e -> options.put(e.name(), e.value()));
          Optional<String> sourceName = text(m, "source");
          if (sourceName.isEmpty()) {
            ctx.error(item, ip, "'" + ip + "' needs a 'source'", null);
          } else {
            out.add(new ServiceReference(sourceName.get(), options));
          }
        });
      }
    }
    return out;
  }
}
