package dev.devopskit.docs;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.docs.guide.DeploymentGuide;
import dev.devopskit.docs.guide.InfrastructureGuide;
import dev.devopskit.docs.internal.markdown.GuideMarkdown;
import dev.devopskit.docs.internal.markdown.MarkdownText;
import dev.devopskit.docs.internal.markdown.PostmortemMarkdown;
import dev.devopskit.docs.internal.markdown.RunbookMarkdown;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.runbook.Runbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of devops-docs: operational documents as values, written as Markdown with YAML front matter and
 * read back with positions.
 *
 * <pre>{@code
 * String md = Docs.write(Postmortem.template("checkout-outage", LocalDate.now(), IncidentSeverity.P1));
 * Parsed<Postmortem> read = Docs.readPostmortem(SourceFile.of("docs/devops/postmortems/x.md", md));
 * CheckResult result = Policy.defaults().check(read, Docs.postmortems());
 * }</pre>
 */
public final class Docs {
  /** Where the infrastructure document lives. */
  public static final String INFRASTRUCTURE_PATH = "docs/devops/infrastructure.md";
  /** Where the deployment guide lives. */
  public static final String DEPLOYMENT_GUIDE_PATH = "docs/devops/deployment-guide.md";
  /** Where the runbook index lives. */
  public static final String RUNBOOK_INDEX_PATH = "docs/devops/runbook.md";
  /** The folder of the runbooks. */
  public static final String RUNBOOKS_DIRECTORY = "docs/devops/runbooks";
  /** The folder of the postmortems. */
  public static final String POSTMORTEMS_DIRECTORY = "docs/devops/postmortems";

  private Docs() {}

  /** The {@code postmortem} format. */
  public static PostmortemFormat postmortems() {
    return new PostmortemFormat();
  }

  /** The {@code runbook} format. */
  public static RunbookFormat runbooks() {
    return new RunbookFormat();
  }

  /** A postmortem as Markdown. */
  public static String write(Postmortem postmortem) {
    return PostmortemMarkdown.write(postmortem);
  }

  /** A runbook as Markdown. */
  public static String write(Runbook runbook) {
    return RunbookMarkdown.write(runbook);
  }

  /** The infrastructure document as Markdown. */
  public static String write(InfrastructureGuide guide) {
    return GuideMarkdown.write(guide);
  }

  /** The deployment guide as Markdown. */
  public static String write(DeploymentGuide guide) {
    return GuideMarkdown.write(guide);
  }

  /** Reads a postmortem; never throws. */
  public static Parsed<Postmortem> readPostmortem(SourceFile source) {
    return PostmortemMarkdown.read(source);
  }

  /** Reads a runbook; never throws. */
  public static Parsed<Runbook> readRunbook(SourceFile source) {
    return RunbookMarkdown.read(source);
  }

  /** Reads an infrastructure document; never throws. */
  public static Parsed<InfrastructureGuide> readInfrastructure(SourceFile source) {
    return GuideMarkdown.readInfrastructure(source);
  }

  /** Reads a deployment guide; never throws. */
  public static Parsed<DeploymentGuide> readDeploymentGuide(SourceFile source) {
    return GuideMarkdown.readDeployment(source);
  }

  /** Where the postmortem of an incident goes: {@code docs/devops/postmortems/2024-05-01-checkout-outage.md}. */
  public static String postmortemPath(LocalDate date, String incident) {
    return POSTMORTEMS_DIRECTORY + "/" + date + "-" + slug(incident) + ".md";
  }

  /** Where a runbook goes: {@code docs/devops/runbooks/database-backup.md}. */
  public static String runbookPath(String topic) {
    return RUNBOOKS_DIRECTORY + "/" + slug(topic) + ".md";
  }

  /** Lower-case words joined by dashes, for file names: {@code Checkout outage!} gives {@code checkout-outage}. */
  public static String slug(String text) {
    String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "untitled" : slug;
  }

  /** The runbook index ({@code docs/devops/runbook.md}): a link to each runbook. */
  public static String writeRunbookIndex(List<Link> runbooks) {
    List<String> items = new ArrayList<>();
    for (Link link : runbooks) {
      items.add("[" + link.title() + "](" + link.url() + ")");
    }
    return MarkdownText.withFrontMatter(YamlMapping.empty()).heading(1, "Runbooks")
        .paragraph("What to do, step by step, when something specific happens.")
        .bullets(items, "No runbooks yet: create one with 'devops runbook <topic>'.").text();
  }
}
