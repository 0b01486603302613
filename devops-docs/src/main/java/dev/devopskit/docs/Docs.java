package dev.devopskit.docs;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of devops-docs: operational documents as values, written as Markdown with YAML front matter and
 * read back with positions.
 *
 * <pre>{@code
 * String md = Docs.text(Postmortem.template("checkout-outage", LocalDate.now(), IncidentSeverity.P1));
 * Docs.write(guide, repositoryRoot);                      // docs/devops/infrastructure.md, atomically
 * Parsed<Postmortem> read = Docs.readPostmortem(Path.of("docs/devops/postmortems/x.md"));   // never throws
 * CheckResult result = Policy.defaults().check(read);
 * }</pre>
 *
 * <p>Markdown has no header comment, so there are no write options. The guides have fixed paths and so have
 * {@code file}, {@code write} and {@code drift}; a runbook or postmortem goes where the caller puts it
 * ({@link #runbookPath(String)}, {@link #postmortemPath(LocalDate, String)}):
 * {@code GeneratedFile.of(Docs.runbookPath(topic), Docs.text(runbook))}.
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
  public static String text(Postmortem postmortem) {
    return PostmortemMarkdown.write(postmortem);
  }

  /** A runbook as Markdown. */
  public static String text(Runbook runbook) {
    return RunbookMarkdown.write(runbook);
  }

  /** The infrastructure document as Markdown. */
  public static String text(InfrastructureGuide guide) {
    return GuideMarkdown.write(guide);
  }

  /** The deployment guide as Markdown. */
  public static String text(DeploymentGuide guide) {
    return GuideMarkdown.write(guide);
  }

  /** The infrastructure document as a file at {@link #INFRASTRUCTURE_PATH}. */
  public static GeneratedFile file(InfrastructureGuide guide) {
    return GeneratedFile.of(INFRASTRUCTURE_PATH, text(guide));
  }

  /** The deployment guide as a file at {@link #DEPLOYMENT_GUIDE_PATH}. */
  public static GeneratedFile file(DeploymentGuide guide) {
    return GeneratedFile.of(DEPLOYMENT_GUIDE_PATH, text(guide));
  }

  /** Writes {@link #INFRASTRUCTURE_PATH} under a repository root atomically; returns the file written. */
  public static Path write(InfrastructureGuide guide, Path repositoryRoot) throws IOException {
    return file(guide).write(repositoryRoot);
  }

  /** Writes {@link #DEPLOYMENT_GUIDE_PATH} under a repository root atomically; returns the file written. */
  public static Path write(DeploymentGuide guide, Path repositoryRoot) throws IOException {
    return file(guide).write(repositoryRoot);
  }

  /** A unified diff from the committed infrastructure document to this one; empty when current. */
  public static Optional<String> drift(InfrastructureGuide guide, Path repositoryRoot) throws IOException {
    return file(guide).drift(repositoryRoot);
  }

  /** A unified diff from the committed deployment guide to this one; empty when current. */
  public static Optional<String> drift(DeploymentGuide guide, Path repositoryRoot) throws IOException {
    return file(guide).drift(repositoryRoot);
  }

  /**
   * The postmortem as Markdown.
   *
   * @deprecated use {@link #text(Postmortem)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(Postmortem postmortem) {
    return text(postmortem);
  }

  /**
   * The runbook as Markdown.
   *
   * @deprecated use {@link #text(Runbook)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(Runbook runbook) {
    return text(runbook);
  }

  /**
   * The infrastructure document as Markdown.
   *
   * @deprecated use {@link #text(InfrastructureGuide)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(InfrastructureGuide guide) {
    return text(guide);
  }

  /**
   * The deployment guide as Markdown.
   *
   * @deprecated use {@link #text(DeploymentGuide)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(DeploymentGuide guide) {
    return text(guide);
  }

  /** Reads a postmortem; never throws. */
  public static Parsed<Postmortem> readPostmortem(SourceFile source) {
    return PostmortemMarkdown.read(source);
  }

  /** Reads a postmortem from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<Postmortem> readPostmortem(Path file) {
    return Sources.read(file, Docs::readPostmortem);
  }

  /** Reads a runbook; never throws. */
  public static Parsed<Runbook> readRunbook(SourceFile source) {
    return RunbookMarkdown.read(source);
  }

  /** Reads a runbook from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<Runbook> readRunbook(Path file) {
    return Sources.read(file, Docs::readRunbook);
  }

  /** Reads an infrastructure document; never throws. */
  public static Parsed<InfrastructureGuide> readInfrastructure(SourceFile source) {
    return GuideMarkdown.readInfrastructure(source);
  }

  /** Reads an infrastructure document from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<InfrastructureGuide> readInfrastructure(Path file) {
    return Sources.read(file, Docs::readInfrastructure);
  }

  /** Reads a deployment guide; never throws. */
  public static Parsed<DeploymentGuide> readDeploymentGuide(SourceFile source) {
    return GuideMarkdown.readDeployment(source);
  }

  /** Reads a deployment guide from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<DeploymentGuide> readDeploymentGuide(Path file) {
    return Sources.read(file, Docs::readDeploymentGuide);
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

  /**
   * The runbook index ({@code docs/devops/runbook.md}): a link to each runbook.
   *
   * @deprecated use {@link #runbookIndex(List)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String writeRunbookIndex(List<Link> runbooks) {
    return runbookIndex(runbooks).text();
  }

  /** The runbook index as a file at {@link #RUNBOOK_INDEX_PATH}: a link to each runbook. */
  public static GeneratedFile runbookIndex(List<Link> runbooks) {
    List<String> items = new ArrayList<>();
    for (Link link : runbooks) {
      items.add("[" + link.title() + "](" + link.url() + ")");
    }
    return GeneratedFile.of(RUNBOOK_INDEX_PATH, MarkdownText.withFrontMatter(YamlMapping.empty()).heading(1, "Runbooks")
        .paragraph("What to do, step by step, when something specific happens.")
        .bullets(items, "No runbooks yet: create one with 'devops runbook <topic>'.").text());
  }
}
