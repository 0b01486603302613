package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.docs.diagram.FlowEdge;
import dev.devopskit.docs.diagram.FlowNode;
import dev.devopskit.docs.diagram.Flowchart;
import dev.devopskit.docs.guide.AlertEntry;
import dev.devopskit.docs.guide.Component;
import dev.devopskit.docs.guide.DeploymentGuide;
import dev.devopskit.docs.guide.EnvironmentTier;
import dev.devopskit.docs.guide.FlagEntry;
import dev.devopskit.docs.guide.HealthEndpoint;
import dev.devopskit.docs.guide.InfrastructureGuide;
import dev.devopskit.docs.guide.SecretEntry;
import dev.devopskit.docs.markdown.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the infrastructure document and the deployment guide as Markdown (tables, Mermaid flowcharts) and reads
 * them back. URLs in table cells are written as autolinks ({@code <https://...>}) so they are not bare.
 */
public final class GuideMarkdown {
  private static final Pattern NODE = Pattern.compile(
      "^\\s*([A-Za-z][A-Za-z0-9_]*)(\\[\\(|\\(\\[|\\[|\\(|\\{)\"(.*)\"(\\)\\]|\\]\\)|\\]|\\)|\\})\\s*$");
  private static final Pattern EDGE = Pattern.compile(
      "^\\s*([A-Za-z][A-Za-z0-9_]*)\\s+(-->|-\\.->)(?:\\|\"(.*)\"\\|)?\\s+([A-Za-z][A-Za-z0-9_]*)\\s*$");

  private GuideMarkdown() {}

  private static String cell(String text) {
    return text.matches("https?://\\S+") ? "<" + text + ">" : text;
  }

  private static String uncell(String text) {
    return text.matches("<https?://\\S+>") ? text.substring(1, text.length() - 1) : text;
  }

  private static <T> void table(MarkdownText md, List<String> header, List<T> rows, Function<T, List<String>> cells,
      String placeholder) {
    List<List<String>> out = new ArrayList<>();
    for (T row : rows) {
      out.add(cells.apply(row).stream().map(GuideMarkdown::cell).toList());
    }
    if (out.isEmpty()) {
      md.comment(placeholder);
    }
    md.table(header, out);
  }

  private static void chart(MarkdownText md, Flowchart chart) {
    md.code(CodeBlock.of("mermaid", chart.mermaid().stripTrailing()));
  }

  /** The Markdown of the infrastructure document. */
  public static String write(InfrastructureGuide guide) {
    MarkdownText md = MarkdownText.withFrontMatter(YamlMapping.builder().put("type", "infrastructure").build())
        .heading(1, guide.title());
    if (!guide.overview().isBlank()) {
      md.body(guide.overview(), "");
    }
    md.heading(2, "Components");
    table(md, List.of("Component", "Kind", "Description"), guide.components(),
        c -> List.of(c.name(), c.kind(), c.description()), "The application, its database, the registry.");
    md.heading(2, "Environments");
    table(md, List.of("Environment", "Tier", "URL", "Deployed", "Approvals"), guide.environments(),
        e -> List.of(e.name(), e.tier(), e.url(), e.deployment(), e.approvals()), "Environments in promotion order.");
    guide.promotion().ifPresent(chart -> {
      md.heading(2, "Promotion path");
      chart(md, chart);
    });
    guide.pipeline().ifPresent(chart -> {
      md.heading(2, "CI/CD pipeline");
      chart(md, chart);
    });
    md.heading(2, "Health endpoints");
    table(md, List.of("Service", "URL", "Healthy answer"), guide.healthEndpoints(),
        h -> List.of(h.service(), h.url(), h.expected()), "Where each service says it is healthy.");
    md.heading(2, "Alerts");
    table(md, List.of("Alert", "Severity", "Meaning", "Runbook"), guide.alerts(),
        a -> List.of(a.name(), a.severity(), a.summary(), a.runbook()), "Each alert with the runbook it links to.");
    md.heading(2, "Feature flags");
    table(md, List.of("Flag", "Description", "State"), guide.featureFlags(),
        f -> List.of(f.key(), f.description(), f.state()), "Flags in use and their state per environment.");
    return md.text();
  }

  /** The Markdown of the deployment guide. */
  public static String write(DeploymentGuide guide) {
    MarkdownText md = MarkdownText.withFrontMatter(YamlMapping.builder().put("type", "deployment-guide").build())
        .heading(1, guide.title());
    md.heading(2, "From merge to staging").body(guide.mergeToStaging(), "What happens after a merge to main.");
    md.heading(2, "Promote to production").body(guide.promoteToProduction(), "How a release reaches production.");
    guide.promotion().ifPresent(chart -> {
      md.heading(2, "Promotion path");
      chart(md, chart);
    });
    md.heading(2, "Roll back").body(guide.rollback(), "How to go back to the previous release.");
    md.heading(2, "Feature flags").body(guide.featureFlags(), "How flags decouple deploy from release.");
    md.heading(2, "Secrets");
    table(md, List.of("Secret", "Where it lives", "Used by"), guide.secrets(),
        s -> List.of(s.name(), s.store(), s.usedBy()), "Secret names only, never values.");
    return md.text();
  }

  /** Reads an infrastructure document; never throws. */
  public static Parsed<InfrastructureGuide> readInfrastructure(SourceFile source) {
    try {
      MarkdownSource md = MarkdownSource.read(source, "infrastructure/front-matter");
      Map<DocPath, Span> spans = new LinkedHashMap<>();
      InfrastructureGuide.Builder guide = InfrastructureGuide.builder();
      md.title().ifPresent(t -> guide.title(t.title()));
      md.title().ifPresent(t -> {
        String overview = md.body(md.ownBlocks(t), t.headingLine()).text();
        if (!overview.isBlank()) {
          guide.overview(overview);
        }
      });
      rows(md, List.of("components"), "components", spans).forEach(r -> guide.addComponent(Component.builder()
          .name(r.cell(0)).kind(r.cell(1)).description(r.cell(2)).build()));
      rows(md, List.of("environments"), "environments", spans).forEach(r -> guide.addEnvironment(EnvironmentTier
          .builder().name(r.cell(0)).tier(r.cell(1)).url(uncell(r.cell(2))).deployment(r.cell(3))
          .approvals(r.cell(4)).build()));
      rows(md, List.of("health endpoints", "health"), "healthEndpoints", spans).forEach(r -> guide.addHealthEndpoint(
          HealthEndpoint.builder().service(r.cell(0)).url(uncell(r.cell(1))).expected(r.cell(2)).build()));
      rows(md, List.of("alerts"), "alerts", spans).forEach(r -> guide.addAlert(AlertEntry.builder().name(r.cell(0))
          .severity(r.cell(1)).summary(r.cell(2)).runbook(uncell(r.cell(3))).build()));
      rows(md, List.of("feature flags", "flags"), "featureFlags", spans).forEach(r -> guide.addFeatureFlag(
          FlagEntry.builder().key(r.cell(0)).description(r.cell(1)).state(r.cell(2)).build()));
      chart(md, List.of("promotion path", "promotion")).ifPresent(guide::promotion);
      chart(md, List.of("ci cd pipeline", "pipeline")).ifPresent(guide::pipeline);
      return Parsed.of(guide.build(), source, MarkdownText.sourceMap(spans), md.findings());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source, "infrastructure", e);
    }
  }

  /** Reads a deployment guide; never throws. */
  public static Parsed<DeploymentGuide> readDeployment(SourceFile source) {
    try {
      MarkdownSource md = MarkdownSource.read(source, "deployment-guide/front-matter");
      Map<DocPath, Span> spans = new LinkedHashMap<>();
      DeploymentGuide.Builder guide = DeploymentGuide.builder();
      md.title().ifPresent(t -> guide.title(t.title()));
      text(md, List.of("from merge to staging", "staging")).ifPresent(guide::mergeToStaging);
      text(md, List.of("promote to production", "production")).ifPresent(guide::promoteToProduction);
      text(md, List.of("roll back", "rollback")).ifPresent(guide::rollback);
      text(md, List.of("feature flags", "flags")).ifPresent(guide::featureFlags);
      chart(md, List.of("promotion path", "promotion")).ifPresent(guide::promotion);
      rows(md, List.of("secrets"), "secrets", spans).forEach(r -> guide.addSecret(SecretEntry.builder()
          .name(r.cell(0)).store(r.cell(1)).usedBy(r.cell(2)).build()));
      return Parsed.of(guide.build(), source, MarkdownText.sourceMap(spans), md.findings());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source, "deployment-guide", e);
    }
  }

  private static <T> Parsed<T> failed(SourceFile source, String kind, Throwable e) {
    return DocumentReading.failed(source, kind + "/syntax", "the document", e);
  }

  private static Optional<String> text(MarkdownSource md, List<String> keys) {
    return md.section(keys).map(s -> md.body(md.blocks(s), s.headingLine()).text());
  }

  private static List<MarkdownSource.Row> rows(MarkdownSource md, List<String> keys, String path,
      Map<DocPath, Span> spans) {
    Optional<MarkdownSource.Section> section = md.section(keys);
    if (section.isEmpty()) {
      return List.of();
    }
    spans.put(DocPath.of(path), md.line(section.get().headingLine()));
    List<MarkdownSource.Row> rows = md.table(md.blocks(section.get())).map(MarkdownSource.Table::rows)
        .orElse(List.of());
    for (int i = 0; i < rows.size(); i++) {
      spans.put(DocPath.of(path).index(i), md.line(rows.get(i).line()));
    }
    return rows;
  }

  private static Optional<Flowchart> chart(MarkdownSource md, List<String> keys) {
    return md.section(keys).flatMap(s -> md.codeBlocks(md.blocks(s)).stream()
        .filter(c -> c.language().equals("mermaid")).findFirst()).flatMap(c -> parseFlowchart(c.content()));
  }

  /** Reads a Mermaid flowchart in the form devops-docs writes; empty when the text is something else. */
  public static Optional<Flowchart> parseFlowchart(String mermaid) {
    String[] lines = mermaid.strip().split("\n");
    Matcher head = Pattern.compile("^(?:flowchart|graph)\\s+(LR|TD|TB)\\s*$").matcher(lines[0].strip());
    if (!head.matches()) {
      return Optional.empty();
    }
    Flowchart.Builder chart = Flowchart.builder()
        .direction(head.group(1).equals("LR") ? Flowchart.Direction.LR : Flowchart.Direction.TD);
    try {
      for (int i = 1; i < lines.length; i++) {
        Matcher node = NODE.matcher(lines[i]);
        Matcher edge = EDGE.matcher(lines[i]);
        if (node.matches()) {
          FlowNode.Shape shape = switch (node.group(2)) {
            case "[(" -> FlowNode.Shape.DATABASE;
            case "([" -> FlowNode.Shape.STADIUM;
            case "(" -> FlowNode.Shape.ROUNDED;
            case "{" -> FlowNode.Shape.DECISION;
            default -> FlowNode.Shape.BOX;
          };
          chart.addNode(FlowNode.of(node.group(1), node.group(3).replace("#quot;", "\""), shape));
        } else if (edge.matches()) {
          FlowEdge.Builder e = FlowEdge.builder().source(edge.group(1)).target(edge.group(4))
              .dotted(edge.group(2).equals("-.->"));
          if (edge.group(3) != null) {
            e.label(edge.group(3).replace("#quot;", "\""));
          }
          chart.addEdge(e.build());
        }
      }
      return Optional.of(chart.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
