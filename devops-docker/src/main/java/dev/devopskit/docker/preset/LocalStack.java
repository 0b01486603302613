package dev.devopskit.docker.preset;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.Build;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Dependency;
import dev.devopskit.docker.compose.Develop;
import dev.devopskit.docker.compose.Healthcheck;
import dev.devopskit.docker.compose.Interpolation;
import dev.devopskit.docker.compose.Logging;
import dev.devopskit.docker.compose.Port;
import dev.devopskit.docker.compose.Resource;
import dev.devopskit.docker.compose.Service;
import dev.devopskit.docker.compose.ServiceVolume;
import dev.devopskit.docker.compose.WatchRule;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A compose file for local development: the application built from {@code docker/Dockerfile} and, when it has
 * one, its database (pinned major version, named volume, healthcheck, credentials from {@code .env}), the
 * application waiting until the database is healthy, log rotation on every service, and the {@code .env.example}
 * that lists every variable. One {@code docker compose up} is all a developer runs; {@code docker compose watch}
 * rebuilds the app when its sources change.
 *
 * <pre>{@code
 * LocalStack stack = LocalStack.builder().name("shop").database(LocalStack.Database.POSTGRES).build();
 * String compose = Compose.text(stack.compose(), WriteOptions.noHeader());
 * String env = stack.envExample();
 * }</pre>
 *
 * <p>Unset attributes default to port 8080, no database and Spring's settings; the name has no default.
 */
@Value.Immutable
@DevOpsStyle
public abstract class LocalStack implements WithLocalStack {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** The databases the preset knows. */
  public enum Database {
    /** PostgreSQL 17. */
    POSTGRES,
    /** MySQL 8.4. */
    MYSQL,
    /** No database. */
    NONE
  }

  /** How the application reads its database settings. */
  public enum Flavor {
    /** {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}. */
    SPRING,
    /** One {@code DATABASE_URL} (Prisma, most Node and Python libraries). */
    DATABASE_URL
  }

  /** The project name (lower case letters, digits, '-' and '_'). */
  public abstract String name();

  /** The port the application listens on; 8080 unless set. */
  @Value.Default
  public int port() {
    return 8080;
  }

  /** The database; {@code Database.NONE} unless set. */
  @Value.Default
  public Database database() {
    return Database.NONE;
  }

  /** How the application expects its database settings; {@code Flavor.SPRING} unless set. */
  @Value.Default
  public Flavor flavor() {
    return Flavor.SPRING;
  }

  /** A stack of every setting. */
  public static LocalStack of(String name, int port, Database database, Flavor flavor) {
    return builder().name(name).port(port).database(database).flavor(flavor).build();
  }

  /** Starts a stack; set the name, the rest has defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds stacks. */
  public static final class Builder extends ImmutableLocalStack.Builder {}

  @Value.Check
  protected void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("project name '" + name()
          + "' must be lower-case letters, digits, '-' and '_', like 'shop'");
    }
    Presets.checkPort(port());
  }

  private static Logging logging() {
    return Logging.jsonFile("10m", 3);
  }

  /** The compose file. */
  public ComposeFile compose() {
    Service.Builder app = Service.builder()
        .buildFrom(Build.of(".", "docker/Dockerfile"))
        .addPort(Port.of("${APP_PORT:-" + port() + "}", port()))
        .restart("unless-stopped")
        .logging(logging())
        // The image is built, not mounted: any change in the build context (what .dockerignore lets in) rebuilds it
        // under `docker compose watch`, which works for compiled Java and bundled Node alike.
        .develop(Develop.builder().addWatch(WatchRule.rebuild(".")).build());
    ComposeFile.Builder file = ComposeFile.builder().name(name());
    if (database() == Database.POSTGRES) {
      String user = "${POSTGRES_USER:-" + name() + "}";
      String password = "${POSTGRES_PASSWORD:?set it in .env}";
      String db = "${POSTGRES_DB:-" + name() + "}";
      if (flavor() == Flavor.SPRING) {
        app.putEnvironment("SPRING_DATASOURCE_URL", Optional.of("jdbc:postgresql://db:5432/" + db))
            .putEnvironment("SPRING_DATASOURCE_USERNAME", Optional.of(user))
            .putEnvironment("SPRING_DATASOURCE_PASSWORD", Optional.of(password));
      } else {
        app.putEnvironment("DATABASE_URL", Optional.of("postgresql://" + user + ":" + password + "@db:5432/" + db));
      }
      app.putDependsOn("db", Dependency.healthy());
      Service dbService = Service.builder().image("postgres:17-alpine")
          .putEnvironment("POSTGRES_USER", Optional.of(user))
          .putEnvironment("POSTGRES_PASSWORD", Optional.of(password))
          .putEnvironment("POSTGRES_DB", Optional.of(db))
          .addPort(Port.local("${POSTGRES_PORT:-5432}", 5432))
          .addVolume(ServiceVolume.named("db-data", "/var/lib/postgresql/data"))
          .healthcheck(Healthcheck.shell("pg_isready -U \"$${POSTGRES_USER}\" -d \"$${POSTGRES_DB}\""))
          .restart("unless-stopped")
          .logging(logging()).build();
      file.putService("app", app.build()).putService("db", dbService).putVolume("db-data", Resource.empty());
    } else if (database() == Database.MYSQL) {
      String user = "${MYSQL_USER:-" + name() + "}";
      String password = "${MYSQL_PASSWORD:?set it in .env}";
      String db = "${MYSQL_DATABASE:-" + name() + "}";
      if (flavor() == Flavor.SPRING) {
        app.putEnvironment("SPRING_DATASOURCE_URL", Optional.of("jdbc:mysql://db:3306/" + db))
            .putEnvironment("SPRING_DATASOURCE_USERNAME", Optional.of(user))
            .putEnvironment("SPRING_DATASOURCE_PASSWORD", Optional.of(password));
      } else {
        app.putEnvironment("DATABASE_URL", Optional.of("mysql://" + user + ":" + password + "@db:3306/" + db));
      }
      app.putDependsOn("db", Dependency.healthy());
      Service dbService = Service.builder().image("mysql:8.4")
          .putEnvironment("MYSQL_USER", Optional.of(user))
          .putEnvironment("MYSQL_PASSWORD", Optional.of(password))
          .putEnvironment("MYSQL_DATABASE", Optional.of(db))
          .putEnvironment("MYSQL_RANDOM_ROOT_PASSWORD", Optional.of("yes"))
          .addPort(Port.local("${MYSQL_PORT:-3306}", 3306))
          .addVolume(ServiceVolume.named("db-data", "/var/lib/mysql"))
          .healthcheck(Healthcheck.command("mysqladmin", "ping", "-h", "127.0.0.1"))
          .restart("unless-stopped")
          .logging(logging()).build();
      file.putService("app", app.build()).putService("db", dbService).putVolume("db-data", Resource.empty());
    } else {
      file.putService("app", app.build());
    }
    return file.build();
  }

  /** The {@code .env.example} listing every variable the compose file uses, with its default when it has one. */
  public String envExample() {
    Map<String, String> values = new LinkedHashMap<>();
    for (Compose.VariableUse use : Compose.variables(compose())) {
      Interpolation.Variable v = use.variable();
      String value = v.operator().filter(o -> o.endsWith("-")).flatMap(o -> v.argument()).orElse("");
      values.merge(v.name(), value, (a, b) -> a.isEmpty() ? b : a);
    }
    StringBuilder out = new StringBuilder("# Copy this file to .env and fill in the empty values;\n"
        + "# docker compose reads .env from this folder. Never commit .env.\n");
    values.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
    return out.toString();
  }

  /** The {@code .dockerignore}: version control, local environments, keys, dependencies and build output. */
  public static DockerIgnore dockerIgnore() {
    DockerIgnore.Builder b = DockerIgnore.builder();
    b.addLine(DockerIgnore.Line.comment("Keep the build context small and free of secrets."));
    for (String pattern : List.of(".git", ".github", ".idea", ".vscode", "**/.DS_Store", ".env", ".env.*",
        "!.env.example", "**/*.pem", "**/*.key", "**/id_rsa*", "**/*.p12", ".npmrc", ".netrc", "node_modules",
        "target", "build", "dist", ".gradle", "coverage", "docker-compose*.yml", "compose*.yaml")) {
      b.addLine(DockerIgnore.Line.pattern(pattern));
    }
    return b.build();
  }
}
