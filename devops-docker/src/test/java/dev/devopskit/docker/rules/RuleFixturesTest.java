package dev.devopskit.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.internal.format.ComposeFormat;
import dev.devopskit.docker.internal.format.DockerfileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each rule against its fixtures (trigger and clean, with expected lines), and each rule documented. */
class RuleFixturesTest {
  /** Rules that read files beside the checked one: their fixtures are read with on-disk paths. */
  private static final Set<String> ON_DISK = Set.of("docker/copied-secret-file", "compose/unset-variable",
      "compose/missing-build-context");

  @TestFactory
  Stream<DynamicTest> dockerfile_rules_match_their_fixtures() {
    DockerfileFormat format = new DockerfileFormat();
    return DockerfileRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(),
        () -> check(format, rule)));
  }

  @TestFactory
  Stream<DynamicTest> compose_rules_match_their_fixtures() {
    ComposeFormat format = new ComposeFormat();
    return ComposeRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(),
        () -> checkCompose(format, rule)));
  }

  private static void check(DockerfileFormat format, Rule<? super Dockerfile> rule) throws IOException {
    int count = ON_DISK.contains(rule.info().id()) ? RuleFixtures.checkOnDisk(format, rule)
        : RuleFixtures.check(format, rule);
    assertThat(count).isGreaterThanOrEqualTo(2);
  }

  private static void checkCompose(ComposeFormat format, Rule<? super ComposeFile> rule) throws IOException {
    int count = ON_DISK.contains(rule.info().id()) ? RuleFixtures.checkOnDisk(format, rule)
        : RuleFixtures.check(format, rule);
    assertThat(count).isGreaterThanOrEqualTo(2);
  }

  @Test
  void pinned_base_image_suggests_a_tag_on_the_same_registry() throws IOException {
    Path fixture = RuleFixtures.folder("docker/pinned-base-image").resolve("trigger-registry.Dockerfile");
    SourceFile source = SourceFile.of(fixture.getFileName().toString(), Files.readString(fixture));
    List<Finding> findings = Policy.defaults().check(new DockerfileFormat().read(source),
        List.of(new PinnedBaseImage())).findingList();
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fix()).contains("pin a version tag such as 'r.example.co/curl:<version>'"));
  }

  @Test
  void pinned_image_suggests_a_tag_on_the_same_registry() throws IOException {
    Path fixture = RuleFixtures.folder("compose/pinned-image").resolve("trigger.yml");
    SourceFile source = SourceFile.of(fixture.getFileName().toString(), Files.readString(fixture));
    List<Finding> findings = Policy.defaults().check(new ComposeFormat().read(source), List.of(new PinnedImage()))
        .findingList();
    assertThat(findings).filteredOn(f -> f.location().line() == 7).singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("pin a version tag such as 'ghcr.io/acme/worker:<version>'"));
  }

  @Test
  void every_rule_is_documented() throws IOException {
    List<RuleInfo> rules = new ArrayList<>();
    DockerfileRules.all().forEach(r -> rules.add(r.info()));
    ComposeRules.all().forEach(r -> rules.add(r.info()));
    rules.addAll(new DockerfileFormat().readerRules().stream().filter(r -> r.namespace().equals("docker")).toList());
    rules.addAll(new ComposeFormat().readerRules().stream().filter(r -> r.namespace().equals("compose")).toList());
    RuleDocs.assertDocumented(rules);
  }
}
