package dev.devopskit.cli;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.AtomicFile;
import dev.devopskit.core.flag.EnvFlags;
import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FeatureFlagsFormat;
import dev.devopskit.core.flag.FlagCodeScan;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagKind;
import dev.devopskit.core.flag.FlagReference;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.flags.Evaluation;
import dev.devopskit.flags.EvaluationContext;
import dev.devopskit.flags.FlagEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code devops feature-flag}: adds a flag to the repository's flag file, lists flags with their age and status,
 * or evaluates a flag for a context ("why does this user see that").
 */
@Command(name = "feature-flag", mixinStandardHelpOptions = true,
    description = {"Adds a flag to the repository's flag file and shows where code uses it;",
        "--list shows every flag with its age and status; --eval shows the variant, value and reason a context gets.",
        "",
        "Examples:",
        "  devops feature-flag new-checkout --owner team-payments",
        "  devops feature-flag --list",
        "  devops feature-flag new-checkout --file flags.yaml --eval targetingKey=jon@example.com plan=pro"})
final class FeatureFlagCommand implements Callable<Integer> {
  /** Flag files looked for in the repository, in this order, when --file is not given. */
  static final List<String> DEFAULT_FILES = List.of("flags.yaml", "flags.yml", "flags.json", "feature-flags.yaml",
      "feature-flags.yml", "feature-flags.json", ".devops/flags.yaml", ".devops/flags.yml");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The flag key, lower-kebab-case")
  String name;

  @Option(names = "--file", paramLabel = "FLAGS",
      description = "The flag file (own YAML/JSON, flagd JSON, or .env for --eval); default: the repository's")
  Path file;

  @Option(names = {"-C", "--dir", "--root"}, paramLabel = "DIR",
      description = "The repository root (default: the current folder)")
  Path root = Path.of(".");

  @Option(names = "--owner", paramLabel = "TEAM", description = "The team or role that owns the new flag")
  String owner;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "release (default), experiment, operational, kill-switch or permission")
  String kind = "release";

  @Option(names = "--remove-by", paramLabel = "DATE",
      description = "When the flag goes (YYYY-MM-DD); default: today plus the kind's lifetime for temporary kinds")
  String removeBy;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the flag switches")
  String description;

  @Option(names = "--list", description = "List the flags with their age and status")
  boolean list;

  @Option(names = "--eval", arity = "0..*", paramLabel = "ATTR=VALUE",
      description = "Evaluate NAME for this context (targetingKey=..., nested as user.name=...)")
  List<String> eval;

  @Option(names = "--env", paramLabel = "ENVIRONMENT", description = "Use this environment's settings for --eval")
  String environment;

  @Option(names = "--today", paramLabel = "DATE", description = "The date to judge ages by (default: today, UTC)")
  String today;

  @Override
  public Integer call() throws IOException {
    Clock clock = clock();
    if (list) {
      return list(clock);
    }
    if (name == null) {
      Assumptions.in(root, spec).note("--list", "no flag named; name one to add it: devops feature-flag NAME");
      return list(clock);
    }
    if (eval != null) {
      return evaluate(clock);
    }
    return add(clock);
  }

  private Clock clock() {
    if (today == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(LocalDate.parse(today).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new UsageException("--today '" + today + "' is not a date; write it as YYYY-MM-DD");
    }
  }

  private Path flagFile() {
    if (file != null) {
      return file;
    }
    for (String candidate : DEFAULT_FILES) {
      Path path = root.resolve(candidate);
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    return root.resolve("flags.yaml");
  }

  private FlagSet read(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new UsageException("no flag file " + path + "; add a flag first (devops feature-flag NAME) or use --file");
    }
    String text = Files.readString(path, StandardCharsets.UTF_8);
    String fileName = path.getFileName().toString();
    if (fileName.equals(".env") || fileName.startsWith(".env.") || fileName.endsWith(".env")) {
      return EnvFlags.read(EnvFlags.parseDotEnv(text));
    }
    Parsed<FlagSet> parsed = FeatureFlagsFormat.readAny(SourceFile.of(path.toString(), text));
    List<Finding> errors = parsed.findings().stream().filter(f -> f.severity() == dev.devopskit.core.check.Severity.ERROR)
        .collect(Collectors.toList());
    PrintWriter err = spec.commandLine().getErr();
    errors.forEach(f -> err.println(f.location().file() + ":" + f.location().line() + ": " + f.message()));
    return parsed.value().orElseThrow(() -> new UsageException(path + " cannot be read as a flag file"));
  }

  private int evaluate(Clock clock) throws IOException {
    FlagSet flags = read(flagFile());
    EvaluationContext context;
    try {
      context = EvaluationContext.parse(eval);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    FlagEvaluator evaluator = (environment == null ? FlagEvaluator.defaults()
        : FlagEvaluator.forEnvironment(environment)).withClock(clock);
    Evaluation result = evaluator.evaluate(flags, name, context);
    PrintWriter out = spec.commandLine().getOut();
    out.println("flag:    " + name);
    out.println("variant: " + result.variant().orElse("(none: the caller's default)"));
    out.println("value:   " + result.value().map(FeatureFlagCommand::show).orElse("(the caller's default)"));
    out.println("reason:  " + result.reason());
    result.errorCode().ifPresent(code -> out.println("error:   " + code + ": " + result.errorMessage().orElse("")));
    out.flush();
    return result.failed() ? 1 : 0;
  }

  private static String show(Object value) {
    if (value instanceof Map || value instanceof List) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return String.valueOf(value);
      }
    }
    return String.valueOf(value);
  }

  private int list(Clock clock) throws IOException {
    Path path = flagFile();
    FlagSet flags = read(path);
    LocalDate now = LocalDate.now(clock);
    CheckResult result = Policy.builder().clock(clock).build().check(flags, new FeatureFlagsFormat().rules().stream()
        .filter(r -> r.info().id().equals("flags/expired") || r.info().id().equals("flags/potentially-stale"))
        .collect(Collectors.toList()));
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-32s %-12s %-20s %6s  %-10s  %s", "FLAG", "KIND", "OWNER", "AGE",
        "REMOVE-BY", "STATUS"));
    for (FeatureFlag flag : flags.flags()) {
      String status = status(flag, result.findingList());
      String age = flag.created().map(d -> ChronoUnit.DAYS.between(d, now) + "d").orElse("-");
      out.println(String.format(Locale.ROOT, "%-32s %-12s %-20s %6s  %-10s  %s", flag.key(), flag.kind().id(),
          flag.owner().orElse("-"), age, flag.removeBy().map(LocalDate::toString).orElse("-"), status));
    }
    out.println(flags.flags().size() + " flags in " + path);
    out.flush();
    return 0;
  }

  private static String status(FeatureFlag flag, List<Finding> findings) {
    List<String> rules = findings.stream()
        .filter(f -> f.location().path().segments().size() >= 2 && f.location().path().segments().get(1)
            .equals(flag.key())).map(Finding::ruleId).collect(Collectors.toList());
    if (rules.contains("flags/expired")) {
      return "expired";
    }
    if (rules.contains("flags/potentially-stale")) {
      return "potentially stale";
    }
    return flag.enabled() ? "active" : "disabled";
  }

  private int add(Clock clock) throws IOException {
    Path path = flagFile();
    FlagSet flags = Files.isRegularFile(path) ? read(path) : FlagSet.empty();
    PrintWriter out = spec.commandLine().getOut();
    if (flags.flag(name).isPresent()) {
      out.println("flag '" + name + "' is already defined in " + path);
      printUses(out);
      return 0;
    }
    FeatureFlag flag = newFlag(LocalDate.now(clock));
    String text = Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    if (path.getFileName().toString().endsWith(".flagd.json") || text.contains("\"defaultVariant\"")) {
      throw new UsageException(path + " is a flagd file; add flags to the devops-kit flag file and export to flagd");
    }
    String updated = appendOrRewrite(text, flags, flag, path.getFileName().toString().endsWith(".json"));
    AtomicFile.write(path, updated);
    out.println("added flag '" + name + "' (" + flag.kind().id() + (flag.removeBy().isPresent()
        ? ", remove by " + flag.removeBy().get() : "") + ") to " + path);
    if (flag.owner().isEmpty()) {
      out.println("hint: give it an owner with --owner TEAM (flags/missing-owner)");
    }
    printUses(out);
    out.flush();
    return 0;
  }

  private FeatureFlag newFlag(LocalDate now) {
    FlagKind flagKind = FlagKind.parse(kind).orElseThrow(() -> new UsageException("unknown --kind '" + kind
        + "'; use release, experiment, operational, kill-switch or permission"));
    FeatureFlag.Builder builder = FeatureFlag.builder().key(name).kind(flagKind).created(now).defaultVariant("off");
    if (owner != null) {
      builder.owner(owner);
    }
    if (description != null) {
      builder.description(description);
    }
    if (removeBy != null) {
      try {
        builder.removeBy(LocalDate.parse(removeBy));
      } catch (DateTimeParseException e) {
        throw new UsageException("--remove-by '" + removeBy + "' is not a date; write it as YYYY-MM-DD");
      }
    } else if (flagKind.temporary()) {
      builder.removeBy(now.plusDays(flagKind.lifetimeDays().getAsInt()));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Appends the flag's block to a YAML file so comments stay; rewrites the file when that cannot be done. */
  private static String appendOrRewrite(String text, FlagSet flags, FeatureFlag flag, boolean json) {
    FlagSet all = flags.with(flag);
    if (json) {
      return FlagFile.json(all);
    }
    if (!text.isBlank()) {
      String block = FlagFile.text(FlagSet.of(flag));
      block = block.substring(block.indexOf('\n') + 1);
      String candidate = text + (text.endsWith("\n") ? "" : "\n") + block;
      Parsed<FlagSet> check = FlagFile.read(SourceFile.of("flags.yaml", candidate));
      if (check.findings().isEmpty() && check.value().filter(all::equals).isPresent()) {
        return candidate;
      }
    }
    return FlagFile.text(all);
  }

  private void printUses(PrintWriter out) throws IOException {
    List<FlagReference> uses = new ArrayList<>();
    for (FlagReference reference : FlagCodeScan.defaults().scan(root)) {
      if (reference.key().equals(name)) {
        uses.add(reference);
      }
    }
    if (uses.isEmpty()) {
      out.println("no code uses '" + name + "' yet; ask for it with client.getBooleanValue(\"" + name
          + "\", false) or " + EnvFlags.variableOf(name));
    } else {
      out.println("used at:");
      uses.forEach(u -> out.println("  " + u.file() + ":" + u.line() + ":" + u.column()));
    }
  }
}
