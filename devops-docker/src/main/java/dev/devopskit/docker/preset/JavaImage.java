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
 * The multi-stage Dockerfile of a Java service: a Maven or Gradle build stage with a cache mount, then a JRE
 * runtime that runs as a non-root user, with a HEALTHCHECK on the health endpoint and an exec-form ENTRYPOINT.
 * With {@code layered} (Spring Boot), the jar is extracted into layers so that a code change re-pushes only the
 * application layer.
 *
 * <pre>{@code
 * Dockerfile file = JavaImage.maven().withPort(8081).dockerfile();
 * Dockerfile plain = JavaImage.builder().buildTool(PackageManager.GRADLE).javaVersion(17).layered(false).build()
 *     .dockerfile();
 * }</pre>
 *
 * <p>Unset attributes take the defaults of {@link #maven()}: Maven, Java 21, port 8080, health at
 * {@code /actuator/health}, layered.
 */
@Value.Immutable
@DevOpsStyle
public abstract class JavaImage implements WithJavaImage {

  /** Maven or Gradle (core's {@code PackageManager}, of the Java language); Maven unless set. */
  @Value.Default
  public PackageManager buildTool() {
    return PackageManager.MAVEN;
  }

  /** The Java feature release, 17 or later; 21 unless set. */
  @Value.Default
  public int javaVersion() {
    return 21;
  }

  /** The port the service listens on; 8080 unless set. */
  @Value.Default
  public int port() {
    return 8080;
  }

  /** The HTTP path that answers 200 when the service is healthy; {@code /actuator/health} unless set. */
  @Value.Default
  public String healthPath() {
    return "/actuator/health";
  }

  /** Whether the jar is a Spring Boot jar to extract into layers; true unless set. */
  @Value.Default
  public boolean layered() {
    return true;
  }

  /** A Spring Boot service built with Maven, Java 21, port 8080, health at {@code /actuator/health}. */
  public static JavaImage maven() {
    return builder().build();
  }

  /** A Spring Boot service built with Gradle, Java 21, port 8080, health at {@code /actuator/health}. */
  public static JavaImage gradle() {
    return builder().buildTool(PackageManager.GRADLE).build();
  }

  /** Starts an image; unset attributes take the defaults of {@link #maven()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds images. */
  public static final class Builder extends ImmutableJavaImage.Builder {}

  @Value.Check
  protected void check() {
    if (buildTool().language() != Language.JAVA) {
      throw new IllegalArgumentException("buildTool must be maven or gradle for a Java image, got "
          + buildTool().label());
    }
    if (javaVersion() < 17) {
      throw new IllegalArgumentException("javaVersion must be 17 or later, got " + javaVersion());
    }
    Presets.checkPort(port());
    Presets.checkHealthPath(healthPath(), "/actuator/health");
  }

  /** The Dockerfile. */
  public Dockerfile dockerfile() {
    Stage.Builder build = Stage.builder().name("build");
    String extract = layered()
        ? " && java -Djarmode=tools -jar app.jar extract --layers --destination extracted" : "";
    if (buildTool() == PackageManager.MAVEN) {
      build.from("maven:3.9-eclipse-temurin-" + javaVersion()).workdir("/app")
          .copy("pom.xml", "./")
          .runWithMounts("mvn -B -q dependency:go-offline", "type=cache,target=/root/.m2")
          .copy("src/", "src/")
          .runWithMounts("mvn -B -q package -DskipTests && cp target/*.jar app.jar" + extract,
              "type=cache,target=/root/.m2");
    } else {
      build.from("gradle:8-jdk" + javaVersion()).workdir("/app")
          .copy("settings.gradle*", "build.gradle*", "gradle*", "./")
          .copy("src/", "src/")
          .runWithMounts("gradle --no-daemon -q build -x test && find build/libs -name '*.jar' ! -name '*-plain.jar' "
              + "-exec cp {} app.jar \\;" + extract, "type=cache,target=/home/gradle/.gradle");
    }
    Stage buildStage = build.build();
    Stage.Builder runtime = Stage.builder().name("runtime").from("eclipse-temurin:" + javaVersion() + "-jre")
        .workdir("/app");
    if (layered()) {
      for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
        runtime.copyFrom(buildStage, "/app/extracted/" + layer + "/", "./");
      }
    } else {
      runtime.copyFrom(buildStage, "/app/app.jar", "app.jar");
    }
    runtime.user("10001").expose(String.valueOf(port()))
        .healthcheck(List.of(Flag.of("interval", "30s"), Flag.of("timeout", "5s"), Flag.of("start-period", "30s"),
            Flag.of("retries", "3")), "curl", "-fsS", "http://localhost:" + port() + healthPath());
    runtime.entrypoint("java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar");
    return Dockerfile.builder().addDirective(ParserDirective.syntax("docker/dockerfile:1"))
        .addStages(buildStage, runtime.build()).build();
  }
}
