package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devops ci trunk-pipeline} detects the project, says what it found, and writes both workflows safely. */
class TrunkPipelineCommandTest {

  private static CliRun devops(String... args) {
    return CliRun.of(args);
  }

  private static Path pnpmProject(Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{\"name\": \"shop\", \"scripts\": {\"lint\": \"eslint .\", "
        + "\"typecheck\": \"tsc --noEmit\", \"test\": \"vitest run\", \"test:integration\": \"vitest run -c it\", "
        + "\"build\": \"tsc -p .\"}, \"devDependencies\": {\"typescript\": \"5.6.0\"}}");
    Files.writeString(root.resolve("pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
    Files.createDirectories(root.resolve("prisma"));
    Files.writeString(root.resolve("prisma/schema.prisma"),
        "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n");
    return root;
  }

  @Test
  void should_detect_a_pnpm_project_and_write_both_workflows(@TempDir Path temp) throws IOException {
    Path root = pnpmProject(temp);
    CliRun run = devops("ci", "trunk-pipeline", "--dir", root.toString(), "--staging-url",
        "https://staging.shop.test");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("package manager: pnpm (from pnpm-lock.yaml)", "migrations: Prisma",
        "create    .github/workflows/ci.yml", "create    .github/workflows/promote-production.yml");
    String ci = Files.readString(root.resolve(".github/workflows/ci.yml"));
    assertThat(ci).contains("pnpm install --frozen-lockfile", "prisma migrate deploy", "image: postgres:16-alpine",
        "url: https://staging.shop.test");

    CliRun check = devops("check", root.resolve(".github/workflows").toString(), "--fail-on", "note");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    Files.writeString(root.resolve(".github/workflows/other.yml"), "on: push\njobs:\n  test:\n"
        + "    runs-on: ubuntu-latest\n    steps:\n      - uses: codecov/codecov-action@v5\n");
    CliRun bad = devops("check", root.resolve(".github/workflows").toString(), "--fail-on", "warning");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("other.yml:6:9", "github/unpinned-action", "github/excessive-permissions")
        .doesNotContain("ci.yml:");
    Files.delete(root.resolve(".github/workflows/other.yml"));

    CliRun again = devops("ci", "trunk-pipeline", "--dir", root.toString(), "--staging-url",
        "https://staging.shop.test");
    assertThat(again.out()).contains("unchanged .github/workflows/ci.yml");
  }

  @Test
  void should_plan_without_writing_on_dry_run_and_keep_hand_edits_unless_forced(@TempDir Path temp)
      throws IOException {
    Path root = pnpmProject(temp);
    CliRun dry = devops("ci", "trunk-pipeline", "--dir", root.toString(), "--dry-run");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("Would write (dry run):", "create    .github/workflows/ci.yml");
    assertThat(root.resolve(".github/workflows/ci.yml")).doesNotExist();

    Files.createDirectories(root.resolve(".github/workflows"));
    Files.writeString(root.resolve(".github/workflows/ci.yml"), "on: push\n");
    CliRun kept = devops("ci", "trunk-pipeline", "--dir", root.toString());
    assertThat(kept.exit()).isEqualTo(1);
    assertThat(kept.out()).contains("keep      .github/workflows/ci.yml");
    assertThat(Files.readString(root.resolve(".github/workflows/ci.yml"))).isEqualTo("on: push\n");

    CliRun forced = devops("ci", "trunk-pipeline", "--dir", root.toString(), "--force");
    assertThat(forced.exit()).isZero();
    assertThat(Files.readString(root.resolve(".github/workflows/ci.yml"))).contains("name: CI");
  }

  @Test
  void should_take_commands_from_options_and_explain_a_missing_toolchain(@TempDir Path temp) throws IOException {
    CliRun missing = devops("ci", "trunk-pipeline", "--dir", temp.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no toolchain found", "--package-manager");

    CliRun maven = devops("ci", "trunk-pipeline", "--dir", temp.toString(), "--package-manager", "maven",
        "--lint", "none", "--postgres", "16", "--deploy-secret", "KUBE_CONFIG");
    assertThat(maven.exit()).as(maven.err()).isZero();
    String ci = Files.readString(temp.resolve(".github/workflows/ci.yml"));
    assertThat(ci).doesNotContain("  lint:").contains("cache: maven", "KUBE_CONFIG: ${{ secrets.KUBE_CONFIG }}");
  }
}
