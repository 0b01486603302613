package dev.devopskit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.EntryVerbs;
import dev.devopskit.docs.guide.DeploymentGuide;
import dev.devopskit.docs.guide.InfrastructureGuide;
import dev.devopskit.docs.markdown.Link;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryVerbsTest {
  private static final InfrastructureGuide INFRASTRUCTURE = InfrastructureGuide.builder().build();
  private static final DeploymentGuide DEPLOYMENT = DeploymentGuide.builder().build();

  @Test
  void guides_text_file_write_and_drift_agree(@TempDir Path root) throws IOException {
    EntryVerbs.writes(INFRASTRUCTURE, Docs::file, Docs::text, Docs::write, Docs::drift,
        Docs.INFRASTRUCTURE_PATH, root);
    EntryVerbs.writes(DEPLOYMENT, Docs::file, Docs::text, Docs::write, Docs::drift,
        Docs.DEPLOYMENT_GUIDE_PATH, root);
    assertThat(Docs.runbookIndex(List.of(Link.to("Restore", "runbooks/restore.md"))).path())
        .isEqualTo(Docs.RUNBOOK_INDEX_PATH);
  }

  @Test
  void a_policy_checks_a_postmortem_read_from_disk_at_the_reader_lines(@TempDir Path root) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/postmortem/action-item-owner/missing-owners.md"));
    assertThat(EntryVerbs.readsAndChecks(Policy.of(Profile.TRUNK), Docs::readPostmortem, Docs::readPostmortem, Docs.postmortems(),
        root.resolve("docs/devops/postmortems/2024-05-01-checkout-outage.md"), text))
        .extracting(f -> f.ruleId()).contains("postmortem/action-item-owner");
  }
}
