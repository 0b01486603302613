package dev.devopskit.database.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupScriptTest {
  private static final BackupPolicy POLICY = BackupPolicy.builder().database("shop").schedule("30 2 * * *")
      .retentionDays(7).destination("/var/backups/shop").build();

  @Test
  void should_dump_with_a_timestamped_name_prune_and_check_the_restore() {
    String script = BackupScript.render(POLICY);
    assertThat(script).startsWith("#!/usr/bin/env bash\n").contains("set -euo pipefail")
        .contains("# Schedule (cron, UTC): 30 2 * * *")
        .contains("stamp=\"$(date -u +%Y%m%dT%H%M%SZ)\"")
        .contains("dump=\"$backup_dir/shop-$stamp.dump\"")
        .contains("pg_dump -Fc --no-owner --file=\"$dump.partial\" \"$DATABASE_URL\"")
        .contains("retention_days=\"${RETENTION_DAYS:-7}\"")
        .contains("find \"$backup_dir\" -maxdepth 1 -type f -name 'shop-*.dump' -mtime +\"$retention_days\"")
        .contains("scratch=\"shop_restore_check\"")
        .contains("pg_restore --no-owner --exit-on-error --dbname=\"$scratch_url\" \"$dump\"")
        .contains("trap cleanup EXIT");
  }

  @Test
  void should_leave_out_the_restore_check_when_asked() {
    assertThat(BackupScript.render(POLICY.withRestoreCheck(false))).doesNotContain("pg_restore");
  }

  @Test
  void should_be_deterministic() {
    assertThat(BackupScript.render(POLICY)).isEqualTo(BackupScript.render(POLICY));
  }

  @Test
  void should_reject_values_that_break_the_script() {
    assertThatThrownBy(() -> POLICY.withDestination("/tmp/$(rm -rf /)")).hasMessageContaining("destination");
    assertThatThrownBy(() -> POLICY.withSchedule("daily")).hasMessageContaining("it needs five");
    assertThatThrownBy(() -> POLICY.withRetentionDays(0)).hasMessageContaining("retentionDays");
    assertThatThrownBy(() -> POLICY.withDatabase("shop; rm")).hasMessageContaining("database");
  }

  @Test
  void should_reject_a_schedule_out_of_range_naming_the_field_and_the_fix() {
    assertThatThrownBy(() -> POLICY.withSchedule("99 3 * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedule cron '99 3 * * *': '99' is not a valid minute (allowed: 0-59, '*', ranges a-b and "
            + "steps */n); for example '0 3 * * *'");
  }

  @Test
  void should_be_valid_bash(@TempDir Path dir) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "bash is not installed; syntax not checked");
    Path script = dir.resolve("backup.sh");
    Files.writeString(script, BackupScript.render(POLICY), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(bash.toString(), "-n", script.toString()).redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
  }
}
