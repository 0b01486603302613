package dev.devopskit.docker.preset;

import dev.devopskit.core.project.Toolchain.Language;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.value.ValueText;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Flag;
import dev.devopskit.docker.dockerfile.ParserDirective;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.List;
import java.util.Objects;

/**
 * The multi-stage Dockerfile of a Java service: a Maven or Gradle build stage with a cache mount, then a JRE
 * runtime that runs as a non-root user, with a HEALTHCHECK on the health endpoint and an exec-form ENTRYPOINT.
 * With {@code layered} (Spring Boot), the jar is extracted into layers so that a code change re-pushes only the
 * application layer.
 *
 * <pre>{@code
 * Dockerfile file = JavaImage.maven().withPort(8081).dockerfile();
 * }</pre>
 *
 * @param buildTool Maven or Gradle (core's {@link PackageManager}, of the Java language)
 * @param javaVersion the Java feature release (21)
 * @param port the port the service listens on
 * @param healthPath the HTTP path that answers 200 when the service is healthy
 * @param layered whether the jar is a Spring Boot jar to extract into layers
 */
public record JavaImage(PackageManager buildTool, int javaVersion, int port, String healthPath, boolean layered) {

  /** Validates the settings. */
  public JavaImage {
    Objects.requireNonNull(buildTool, "buildTool");
    Objects.requireNonNull(healthPath, "healthPath");
    if (buildTool.language() != Language.JAVA) {
      throw new IllegalArgumentException("buildTool must be maven or gradle for a Java image, got "
          + buildTool.label());
    }
    if (javaVersion < 17) {
      throw new IllegalArgumentException("javaVersion must be 17 or later, got " + javaVersion);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, got " + port);
    }
    if (!healthPath.startsWith("/")) {
      throw new IllegalArgumentException("healthPath must start with '/', like /actuator/health");
    }
  }

  /** A Spring Boot service built with Maven, Java 21, port 8080, health at {@code /actuator/health}. */
  public static JavaImage maven() {
    return new JavaImage(PackageManager.MAVEN, 21, 8080, "/actuator/health", true);
  }

  /** A Spring Boot service built with Gradle, Java 21, port 8080, health at {@code /actuator/health}. */
  public static JavaImage gradle() {
    return new JavaImage(PackageManager.GRADLE, 21, 8080, "/actuator/health", true);
  }

  /** The same with another port. */
  public JavaImage withPort(int newPort) {
    return new JavaImage(buildTool, javaVersion, newPort, healthPath, layered);
  }

  /** The same with another health path. */
  public JavaImage withHealthPath(String path) {
    return new JavaImage(buildTool, javaVersion, port, path, layered);
  }

  /** The same with or without layer extraction. */
  public JavaImage withLayered(boolean extract) {
    return new JavaImage(buildTool, javaVersion, port, healthPath, extract);
  }

  /** The Dockerfile. */
  public Dockerfile dockerfile() {
    Stage.Builder build = Stage.builder().name("build");
    String extract = layered ? " && java -Djarmode=tools -jar app.jar extract --layers --destination extracted" : "";
    if (buildTool == PackageManager.MAVEN) {
      build.from("maven:3.9-eclipse-temurin-" + javaVersion).workdir("/app")
          .copy("pom.xml", "./")
          .runWithMounts("mvn -B -q dependency:go-offline", "type=cache,target=/root/.m2")
          .copy("src/", "src/")
          .runWithMounts("mvn -B -q package -DskipTests && cp target/*.jar app.jar" + extract,
              "type=cache,target=/root/.m2");
    } else {
      build.from("gradle:8-jdk" + javaVersion).workdir("/app")
          .copy("settings.gradle*", "build.gradle*", "gradle*", "./")
          .copy("src/", "src/")
          .runWithMounts("gradle --no-daemon -q build -x test && find build/libs -name '*.jar' ! -name '*-plain.jar' "
              + "-exec cp {} app.jar \\;" + extract, "type=cache,target=/home/gradle/.gradle");
    }
    Stage buildStage = build.build();
    Stage.Builder runtime = Stage.builder().name("runtime").from("eclipse-temurin:" + javaVersion + "-jre")
        .workdir("/app");
    if (layered) {
      for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
        runtime.copyFrom(buildStage, "/app/extracted/" + layer + "/", "./");
      }
    } else {
      runtime.copyFrom(buildStage, "/app/app.jar", "app.jar");
    }
    runtime.user("10001").expose(String.valueOf(port))
        .healthcheck(List.of(Flag.of("interval", "30s"), Flag.of("timeout", "5s"), Flag.of("start-period", "30s"),
            Flag.of("retries", "3")), "curl", "-fsS", "http://localhost:" + port + healthPath);
    runtime.entrypoint("java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar");
    return Dockerfile.builder().addDirective(ParserDirective.syntax("docker/dockerfile:1"))
        .addStages(buildStage, runtime.build()).build();
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
