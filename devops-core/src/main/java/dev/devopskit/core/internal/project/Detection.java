package dev.devopskit.core.internal.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devopskit.core.project.Evidence;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.project.Toolchain.PackageManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a checkout's build files, lockfiles and schemas into {@link ProjectFacts}. */
public final class Detection {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final Pattern PRISMA_PROVIDER = Pattern.compile(
      "datasource\\s+\\w+\\s*\\{[^}]{0,2000}?provider\\s*=\\s*\"([a-z]+)\"");
  private static final Pattern ARTIFACT_ID = Pattern.compile(
      "<artifactId>([^<]{1,200})</artifactId>");
  private static final Pattern JAVA_RELEASE = Pattern.compile(
      "<(?:maven\\.compiler\\.release|java\\.version|maven\\.compiler\\.source)>([0-9]{1,2})<");
  private static final String MYSQL_VERSION = "8.4";
  private static final Pattern IMAGE_POSTGRES = Pattern.compile("image:\\s*['\"]?postgres:([0-9]{1,2})");

  /** Script names teams commonly give each stage, most specific first. */
  private static final Map<String, List<String>> SCRIPT_NAMES = new LinkedHashMap<>();

  static {
    SCRIPT_NAMES.put("lint", List.of("lint", "lint:check", "check:lint", "eslint", "biome:check", "biome"));
    SCRIPT_NAMES.put("typeCheck", List.of("typecheck", "type-check", "types", "check-types", "types:check",
        "typecheck:all", "tsc", "check:types", "lint:types"));
    SCRIPT_NAMES.put("unitTest", List.of("test:unit", "unit", "test-unit", "unit-test", "test"));
    SCRIPT_NAMES.put("integrationTest", List.of("test:integration", "test:int", "integration", "test-integration",
        "integration-test", "test:e2e", "e2e"));
    SCRIPT_NAMES.put("build", List.of("build", "compile", "bundle"));
  }

  private Detection() {}

  /** Detects the facts of a checkout. */
  public static ProjectFacts detect(Path root) {
    List<Evidence> evidence = new ArrayList<>();
    ProjectFacts.Builder facts = ProjectFacts.builder();
    String name = root.toAbsolutePath().normalize().getFileName() == null ? "app"
        : root.toAbsolutePath().normalize().getFileName().toString();
    Optional<Toolchain> toolchain = Optional.empty();

    Optional<JsonNode> packageJson = read(root.resolve("package.json")).flatMap(Detection::json);
    if (packageJson.isPresent()) {
      JsonNode pkg = packageJson.get();
      if (pkg.path("name").isTextual()) {
        name = pkg.path("name").asText().replaceFirst("^@[^/]+/", "");
        evidence.add(new Evidence("name: " + name, "package.json"));
      }
      if (pkg.path("main").isTextual() && !pkg.path("main").asText().isBlank()) {
        String main = pkg.path("main").asText().replaceFirst("^\\./", "");
        facts.entryPoint(main);
        evidence.add(new Evidence("entry point: " + main, "package.json main"));
      }
      PackageManager manager = nodeManager(root, pkg, evidence);
      boolean typescript = Files.exists(root.resolve("tsconfig.json")) || hasDependency(pkg, "typescript");
      evidence.add(new Evidence("TypeScript: " + (typescript ? "yes" : "no"),
          Files.exists(root.resolve("tsconfig.json")) ? "tsconfig.json" : "package.json"));
      Toolchain.Commands commands = nodeCommands(pkg, manager, typescript, evidence);
      Toolchain.Builder builder = Toolchain.builder().packageManager(manager).typescript(typescript)
          .commands(commands);
      nodeVersion(root, pkg, evidence).ifPresent(builder::version);
      toolchain = Optional.of(builder.build());
      nodeDatabase(pkg, facts, evidence);
    } else if (Files.exists(root.resolve("pom.xml"))) {
      String pom = read(root.resolve("pom.xml")).orElse("");
      Matcher artifact = ARTIFACT_ID.matcher(pom.replaceAll("(?s)<parent>.*?</parent>", ""));
      if (artifact.find()) {
        name = artifact.group(1).trim();
        evidence.add(new Evidence("name: " + name, "pom.xml"));
      }
      evidence.add(new Evidence("build tool: maven", "pom.xml"));
      Toolchain.Builder builder = Toolchain.builder().packageManager(PackageManager.MAVEN);
      Matcher release = JAVA_RELEASE.matcher(pom);
      if (release.find()) {
        builder.version(release.group(1));
        evidence.add(new Evidence("Java version: " + release.group(1), "pom.xml"));
      }
      toolchain = Optional.of(builder.build());
      if (pom.contains("<artifactId>postgresql</artifactId>")) {
        evidence.add(new Evidence("database: PostgreSQL (JDBC driver)", "pom.xml"));
        facts.addService(BackingService.postgres("16"));
      }
      if (pom.contains("<artifactId>mysql-connector")) {
        evidence.add(new Evidence("database: MySQL (JDBC driver)", "pom.xml"));
        facts.addService(BackingService.mysql(MYSQL_VERSION));
      }
      if (pom.contains("flyway")) {
        facts.migrationTool(ProjectFacts.MigrationTool.FLYWAY);
        evidence.add(new Evidence("migrations: Flyway", "pom.xml"));
      } else if (pom.contains("liquibase")) {
        facts.migrationTool(ProjectFacts.MigrationTool.LIQUIBASE);
        evidence.add(new Evidence("migrations: Liquibase", "pom.xml"));
      }
    } else {
      for (String file : List.of("build.gradle", "build.gradle.kts")) {
        if (Files.exists(root.resolve(file))) {
          evidence.add(new Evidence("build tool: gradle", file));
          toolchain = Optional.of(Toolchain.java(PackageManager.GRADLE));
          String gradle = read(root.resolve(file)).orElse("");
          if (gradle.contains("org.postgresql")) {
            evidence.add(new Evidence("database: PostgreSQL (JDBC driver)", file));
            facts.addService(BackingService.postgres("16"));
          }
          if (gradle.contains("mysql-connector")) {
            evidence.add(new Evidence("database: MySQL (JDBC driver)", file));
            facts.addService(BackingService.mysql(MYSQL_VERSION));
          }
          if (gradle.contains("flyway")) {
            facts.migrationTool(ProjectFacts.MigrationTool.FLYWAY);
            evidence.add(new Evidence("migrations: Flyway", file));
          }
          break;
        }
      }
    }
    facts.name(name.isBlank() ? "app" : name);
    toolchain.ifPresent(facts::toolchain);

    read(root.resolve("prisma/schema.prisma")).ifPresent(schema -> {
      facts.migrationTool(ProjectFacts.MigrationTool.PRISMA).migrationsFolder("prisma/migrations");
      evidence.add(new Evidence("migrations: Prisma", "prisma/schema.prisma"));
      Matcher provider = PRISMA_PROVIDER.matcher(schema);
      String kind = provider.find() ? provider.group(1) : "";
      if (kind.equals("postgresql") || kind.equals("postgres")) {
        evidence.add(new Evidence("database: PostgreSQL (datasource provider)", "prisma/schema.prisma"));
        facts.addService(BackingService.postgres("16"));
      } else if (kind.equals("mysql")) {
        evidence.add(new Evidence("database: MySQL (datasource provider)", "prisma/schema.prisma"));
        facts.addService(BackingService.mysql(MYSQL_VERSION));
      }
    });
    for (String folder : List.of("src/main/resources/db/migration", "db/migration", "migrations/flyway")) {
      if (Files.isDirectory(root.resolve(folder))) {
        facts.migrationsFolder(folder);
        if (!Files.exists(root.resolve("prisma/schema.prisma"))) {
          facts.migrationTool(ProjectFacts.MigrationTool.FLYWAY);
        }
        evidence.add(new Evidence("migrations folder: " + folder, folder));
        break;
      }
    }
    for (String folder : List.of("src/main/resources/db/changelog", "db/changelog")) {
      if (Files.isDirectory(root.resolve(folder))) {
        facts.migrationsFolder(folder).migrationTool(ProjectFacts.MigrationTool.LIQUIBASE);
        evidence.add(new Evidence("migrations folder: " + folder, folder));
        break;
      }
    }
    existing(root, facts, evidence);
    List<BackingService> services = dedupe(facts.build().services());
    return facts.build().withServices(services).withEvidence(evidence);
  }

  private static List<BackingService> dedupe(List<BackingService> services) {
    // Later evidence is more specific (a compose file pins the version; Prisma and JDBC drivers do not).
    Map<BackingService.Kind, BackingService> byKind = new LinkedHashMap<>();
    for (BackingService service : services) {
      byKind.put(service.kind(), service);
    }
    return List.copyOf(byKind.values());
  }

  private static void existing(Path root, ProjectFacts.Builder facts, List<Evidence> evidence) {
    for (String file : List.of("Dockerfile", "docker/Dockerfile", "docker-compose.yml", "docker-compose.yaml",
        "compose.yaml", "compose.yml", ".dockerignore")) {
      if (Files.isRegularFile(root.resolve(file))) {
        facts.addExistingFiles(file);
        evidence.add(new Evidence("existing file: " + file, file));
        if (file.contains("compose")) {
          read(root.resolve(file)).ifPresent(text -> {
            Matcher postgres = IMAGE_POSTGRES.matcher(text);
            if (postgres.find()) {
              facts.addService(BackingService.postgres(postgres.group(1)));
              evidence.add(new Evidence("database: PostgreSQL " + postgres.group(1), file));
            }
          });
        }
      }
    }
    Path workflows = root.resolve(".github/workflows");
    if (Files.isDirectory(workflows)) {
      try (Stream<Path> files = Files.list(workflows)) {
        files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
            .forEach(p -> {
              String relative = ".github/workflows/" + p.getFileName();
              facts.addExistingFiles(relative);
              evidence.add(new Evidence("existing workflow: " + relative, relative));
            });
      } catch (IOException e) {
        evidence.add(new Evidence("workflows folder could not be listed", ".github/workflows"));
      }
    }
  }

  private static void nodeDatabase(JsonNode pkg, ProjectFacts.Builder facts, List<Evidence> evidence) {
    for (String driver : List.of("pg", "postgres")) {
      if (hasDependency(pkg, driver)) {
        evidence.add(new Evidence("database: PostgreSQL (dependency " + driver + ")", "package.json"));
        facts.addService(BackingService.postgres("16"));
        break;
      }
    }
    for (String driver : List.of("mysql2", "mysql")) {
      if (hasDependency(pkg, driver)) {
        evidence.add(new Evidence("database: MySQL (dependency " + driver + ")", "package.json"));
        facts.addService(BackingService.mysql(MYSQL_VERSION));
        break;
      }
    }
  }

  private static PackageManager nodeManager(Path root, JsonNode pkg, List<Evidence> evidence) {
    for (PackageManager manager : List.of(PackageManager.PNPM, PackageManager.YARN, PackageManager.NPM)) {
      if (Files.exists(root.resolve(manager.marker()))) {
        evidence.add(new Evidence("package manager: " + manager.label(), manager.marker()));
        return manager;
      }
    }
    String declared = pkg.path("packageManager").asText("");
    for (PackageManager manager : List.of(PackageManager.PNPM, PackageManager.YARN, PackageManager.NPM)) {
      if (declared.startsWith(manager.label() + "@")) {
        evidence.add(new Evidence("package manager: " + manager.label(), "package.json packageManager"));
        return manager;
      }
    }
    evidence.add(new Evidence("package manager: npm (no lockfile found; the default)", "package.json"));
    return PackageManager.NPM;
  }

  private static Optional<String> nodeVersion(Path root, JsonNode pkg, List<Evidence> evidence) {
    for (String file : List.of(".nvmrc", ".node-version")) {
      Optional<String> text = read(root.resolve(file)).map(String::trim);
      Optional<String> major = text.map(t -> t.replaceFirst("^v", "").replaceFirst("[^0-9].*$", ""))
          .filter(t -> !t.isEmpty());
      if (major.isPresent()) {
        evidence.add(new Evidence("Node version: " + major.get(), file));
        return major;
      }
    }
    String engines = pkg.path("engines").path("node").asText("");
    Matcher major = Pattern.compile("([0-9]{2})").matcher(engines);
    if (major.find()) {
      evidence.add(new Evidence("Node version: " + major.group(1), "package.json engines.node"));
      return Optional.of(major.group(1));
    }
    return Optional.empty();
  }

  private static Toolchain.Commands nodeCommands(JsonNode pkg, PackageManager manager, boolean typescript,
      List<Evidence> evidence) {
    String run = manager == PackageManager.NPM ? "npm run " : manager == PackageManager.PNPM ? "pnpm run " : "yarn ";
    JsonNode scripts = pkg.path("scripts");
    Toolchain.Commands defaults = Toolchain.Commands.defaults(manager, typescript);
    Toolchain.Commands.Builder commands = Toolchain.Commands.builder();
    Map<String, String> found = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> stage : SCRIPT_NAMES.entrySet()) {
      for (String candidate : stage.getValue()) {
        if (scripts.has(candidate) && !found.containsValue(candidate)) {
          found.put(stage.getKey(), candidate);
          evidence.add(new Evidence(stage.getKey() + ": script '" + candidate + "'", "package.json"));
          break;
        }
      }
    }
    set(commands::lint, found.get("lint"), run, Optional.empty());
    set(commands::typeCheck, found.get("typeCheck"), run, typescript ? defaults.typeCheck() : Optional.empty());
    set(commands::unitTest, found.get("unitTest"), run, Optional.empty());
    set(commands::integrationTest, found.get("integrationTest"), run, Optional.empty());
    set(commands::build, found.get("build"), run, Optional.empty());
    if (!found.containsKey("typeCheck") && typescript) {
      evidence.add(new Evidence("typeCheck: tsc --noEmit (TypeScript present, no script)", "package.json"));
    }
    return commands.build();
  }

  private static void set(java.util.function.Function<String, Toolchain.Commands.Builder> setter, String script,
      String run, Optional<String> fallback) {
    if (script != null) {
      setter.apply(run + script);
    } else {
      fallback.ifPresent(setter::apply);
    }
  }

  private static boolean hasDependency(JsonNode pkg, String name) {
    for (String field : List.of("dependencies", "devDependencies")) {
      Iterator<String> names = pkg.path(field).fieldNames();
      while (names.hasNext()) {
        if (names.next().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<JsonNode> json(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
