package dev.devopskit.kit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.database.backup.BackupPolicy;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.kit.Blueprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backup workflow is written from a backup policy's schedule: every schedule a policy accepts is one the
 * workflow's {@code schedule} trigger accepts, so writing it never throws (it did for {@code 99 3 * * *}).
 */
class BackupVerificationTest {
  private static final Blueprint BLUEPRINT = Blueprint.builder().name("shop")
      .toolchain(Toolchain.node(PackageManager.NPM)).build();

  @ParameterizedTest
  @ValueSource(strings = {"0 3 * * *", "*/15 0-6 1,15 JAN-JUN MON-FRI", "59 23 31 12 7"})
  void should_write_the_workflow_for_a_schedule_the_policy_accepts(String schedule) {
    Workflow workflow = Workflows.backupVerification(BLUEPRINT, policy().withSchedule(schedule));

    assertThat(workflow.trigger("schedule").orElseThrow().schedules().get(0).expression()).isEqualTo(schedule);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99 3 * * *", "0 24 * * *", "0 3 * 13 *", "0 3 * * 8", "*/0 * * * *", "0 3 * *"})
  void should_reject_a_schedule_the_workflow_cannot_hold_when_the_policy_is_built(String schedule) {
    assertThatThrownBy(() -> policy().withSchedule(schedule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("schedule cron '" + schedule + "'");
  }

  private static BackupPolicy policy() {
    return BackupPolicy.builder().database("shop").destination("/var/backups/shop").build();
  }
}
