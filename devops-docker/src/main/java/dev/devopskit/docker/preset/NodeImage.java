package dev.devopskit.docker.preset;

import dev.devopskit.core.project.Toolchain.Language;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Flag;
import dev.devopskit.docker.dockerfile.ParserDirective;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.List;
import org.immutables.value.Value;

/**
 * The multi-stage Dockerfile of a Node service: install with a cache mount (a private registry's {@code .npmrc}
 * only through a build secret), build, then a slim runtime with production dependencies only, running as the
 * {@code node} user, with a HEALTHCHECK and an exec-form ENTRYPOINT.
 *
 * <pre>{@code
 * Dockerfile file = NodeImage.of(PackageManager.PNPM).dockerfile();
 * Dockerfile api = NodeImage.builder().packageManager(PackageManager.NPM).port(8080).main("build/server.js").build()
 *     .dockerfile();
 * }</pre>
 *
 * <p>Unset attributes take the defaults of {@link #of(PackageManager)}: Node 22, port 3000, health at
 * {@code /health}, entry {@code dist/index.js}; the package manager has no default.
 */
@Value.Immutable
@DevOpsStyle
public abstract class NodeImage implements WithNodeImage {

  /** The commands of a package manager in the image; the lockfile is {@link PackageManager#marker()}. */
  private record Commands(String install, String installProduction, String build, String cache) {
    static Commands of(PackageManager manager) {
      switch (manager) {
        case PNPM:
          return new Commands("corepack enable && pnpm install --frozen-lockfile",
              "corepack enable && pnpm install --frozen-lockfile --prod", "corepack enable && pnpm run build",
              "/root/.local/share/pnpm/store");
        case YARN:
          return new Commands("corepack enable && yarn install --frozen-lockfile",
              "corepack enable && yarn install --frozen-lockfile --production", "corepack enable && yarn run build",
              "/usr/local/share/.cache/yarn");
        default:
          return new Commands("npm ci", "npm ci --omit=dev", "npm run build", "/root/.npm");
      }
    }
  }

  /** npm, pnpm or yarn (core's {@code PackageManager}, of the Node language). */
  public abstract PackageManager packageManager();

  /** The Node major version, 18 or later; 22 unless set. */
  @Value.Default
  public int nodeVersion() {
    return 22;
  }

  /** The port the service listens on; 3000 unless set. */
  @Value.Default
  public int port() {
    return 3000;
  }

  /** The HTTP path that answers 200 when the service is healthy; {@code /health} unless set. */
  @Value.Default
  public String healthPath() {
    return "/health";
  }

  /** The built entry file; {@code dist/index.js} unless set. */
  @Value.Default
  public String main() {
    return "dist/index.js";
  }

  /** Node 22, port 3000, health at {@code /health}, entry {@code dist/index.js}. */
  public static NodeImage of(PackageManager packageManager) {
    return builder().packageManager(packageManager).build();
  }

  /** Starts an image; set the package manager, the rest defaults as in {@link #of(PackageManager)}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds images. */
  public static final class Builder extends ImmutableNodeImage.Builder {}

  @Value.Check
  protected void check() {
    if (packageManager().language() != Language.NODE) {
      throw new IllegalArgumentException("packageManager must be npm, pnpm or yarn for a Node image, got "
          + packageManager().label());
    }
    if (nodeVersion() < 18) {
      throw new IllegalArgumentException("nodeVersion must be 18 or later, got " + nodeVersion());
    }
    Presets.checkPort(port());
    Presets.checkHealthPath(healthPath(), "/health");
  }

  /** The Dockerfile. */
  public Dockerfile dockerfile() {
    String image = "node:" + nodeVersion() + "-alpine";
    Commands commands = Commands.of(packageManager());
    String cache = "type=cache,target=" + commands.cache();
    String npmrc = "type=secret,id=npmrc,target=/root/.npmrc,required=false";
    Stage deps = Stage.builder().name("deps").from(image).workdir("/app")
        .copy("package.json", packageManager().marker(), "./")
        .runWithMounts(commands.install(), cache, npmrc).build();
    Stage build = Stage.builder().name("build").fromStage(deps)
        .copy(".", ".")
        .run(commands.build()).build();
    Stage prodDeps = Stage.builder().name("prod-deps").from(image).workdir("/app")
        .copy("package.json", packageManager().marker(), "./")
        .runWithMounts(commands.installProduction(), cache, npmrc).build();
    Stage runtime = Stage.builder().name("runtime").from(image).workdir("/app")
        .env("NODE_ENV", "production")
        .copyFrom(prodDeps, "/app/node_modules", "./node_modules")
        .copyFrom(build, "/app/dist", "./dist")
        .copy("package.json", "./")
        .user("node").expose(String.valueOf(port()))
        .healthcheck(List.of(Flag.of("interval", "30s"), Flag.of("timeout", "5s"), Flag.of("start-period", "10s"),
            Flag.of("retries", "3")), "wget", "-qO", "/dev/null", "http://127.0.0.1:" + port() + healthPath())
        .entrypoint("node", main()).build();
    return Dockerfile.builder().addDirective(ParserDirective.syntax("docker/dockerfile:1"))
        .addStages(deps, build, prodDeps, runtime).build();
  }
}
