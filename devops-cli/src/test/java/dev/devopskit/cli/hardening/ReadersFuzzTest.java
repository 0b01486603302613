package dev.devopskit.cli.hardening;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.testing.Mutations;
import dev.devopskit.core.testing.ReaderFuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every installed format's reader survives mutated real-world files: a {@code Parsed} comes back, no exception
 * escapes, no case takes a second, and writing what was read never throws. Tries come from
 * {@code jqwik.tries.default} (1,000; 100,000 under {@code -Pfuzz}). One class here because this module has every
 * format module on its class path, so each reader is fuzzed with the same routing the CLI uses to pick it.
 */
class ReadersFuzzTest {
  private static final int SEEDS = 200;

  @Property
  void github_workflow_reader_survives_mutations(@ForAll("githubWorkflow") byte[] input) {
    ReaderFuzz.assertSurvives(format("github-workflow"), input);
  }

  @Provide
  Arbitrary<byte[]> githubWorkflow() {
    return Mutations.of(FormatSeeds.of("github-workflow", SEEDS));
  }

  @Property
  void dockerfile_reader_survives_mutations(@ForAll("dockerfile") byte[] input) {
    ReaderFuzz.assertSurvives(format("dockerfile"), input);
  }

  @Provide
  Arbitrary<byte[]> dockerfile() {
    return Mutations.of(FormatSeeds.of("dockerfile", SEEDS));
  }

  @Property
  void dockerignore_reader_survives_mutations(@ForAll("dockerignore") byte[] input) {
    ReaderFuzz.assertSurvives(format("dockerignore"), input);
  }

  @Provide
  Arbitrary<byte[]> dockerignore() {
    return Mutations.of(FormatSeeds.of("dockerignore", SEEDS));
  }

  @Property
  void compose_reader_survives_mutations(@ForAll("compose") byte[] input) {
    ReaderFuzz.assertSurvives(format("compose"), input);
  }

  @Provide
  Arbitrary<byte[]> compose() {
    return Mutations.of(FormatSeeds.of("compose", SEEDS));
  }

  @Property
  void prometheus_rules_reader_survives_mutations(@ForAll("prometheusRules") byte[] input) {
    ReaderFuzz.assertSurvives(format("prometheus-rules"), input);
  }

  @Provide
  Arbitrary<byte[]> prometheusRules() {
    return Mutations.of(FormatSeeds.of("prometheus-rules", SEEDS));
  }

  @Property
  void sql_migration_reader_survives_mutations(@ForAll("sqlMigration") byte[] input) {
    ReaderFuzz.assertSurvives(format("sql-migration"), input);
  }

  @Provide
  Arbitrary<byte[]> sqlMigration() {
    return Mutations.of(FormatSeeds.of("sql-migration", SEEDS));
  }

  @Property
  void postmortem_reader_survives_mutations(@ForAll("postmortem") byte[] input) {
    ReaderFuzz.assertSurvives(format("postmortem"), input);
  }

  @Provide
  Arbitrary<byte[]> postmortem() {
    return Mutations.of(FormatSeeds.of("postmortem", SEEDS));
  }

  @Property
  void runbook_reader_survives_mutations(@ForAll("runbook") byte[] input) {
    ReaderFuzz.assertSurvives(format("runbook"), input);
  }

  @Provide
  Arbitrary<byte[]> runbook() {
    return Mutations.of(FormatSeeds.of("runbook", SEEDS));
  }

  @Property
  void feature_flags_reader_survives_mutations(@ForAll("featureFlags") byte[] input) {
    ReaderFuzz.assertSurvives(format("feature-flags"), input);
  }

  @Provide
  Arbitrary<byte[]> featureFlags() {
    return Mutations.of(FormatSeeds.of("feature-flags", SEEDS));
  }

  @Property
  void environments_reader_survives_mutations(@ForAll("environments") byte[] input) {
    ReaderFuzz.assertSurvives(format("environments"), input);
  }

  @Provide
  Arbitrary<byte[]> environments() {
    return Mutations.of(FormatSeeds.of("environments", SEEDS));
  }

  @Property
  void plain_text_reader_survives_mutations(@ForAll("plainText") byte[] input) {
    ReaderFuzz.assertSurvives(format("plain-text"), input);
  }

  @Provide
  Arbitrary<byte[]> plainText() {
    return Mutations.of(FormatSeeds.of("plain-text", SEEDS));
  }

  private static final java.util.Map<String, Format<?>> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Format<?> format(String name) {
    return FORMATS.computeIfAbsent(name, FormatSeeds::format);
  }
}
