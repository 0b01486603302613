package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.docs.markdown.CodeBlock;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.docs.runbook.RunbookStep;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/** Writes a {@link Runbook} as Markdown and reads it back, with positions. */
public final class RunbookMarkdown {
  /** Findings about the front matter. */
  public static final String FRONT_MATTER_RULE = "runbook/front-matter";

  public static final List<String> WHEN = List.of("when to use", "when to use this runbook", "symptoms", "alerts",
      "triggers", "cuando usar", "cuándo usar", "sintomas", "síntomas");
  public static final List<String> PREREQUISITES = List.of("prerequisites", "before you start", "requirements",
      "access", "requisitos", "requisitos previos");
  public static final List<String> STEPS = List.of("steps", "procedure", "instructions", "pasos", "procedimiento");
  public static final List<String> VERIFICATION = List.of("verification", "verify", "validation", "check",
      "verificacion", "verificación");
  public static final List<String> ROLLBACK = List.of("rollback", "roll back", "undo", "reversion", "reversión",
      "marcha atras", "marcha atrás");
  public static final List<String> ESCALATION = List.of("escalation", "escalate", "contacts", "escalado",
      "escalamiento");

  private static final Pattern STEP_PREFIX = Pattern.compile("^(?:(?:step|paso|rollback)\\s*)?\\d+\\s*[.:)]\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final String EXPECTED = "Expected output:";
  private static final String DIFFERS = "If the output differs:";

  private RunbookMarkdown() {}

  /** The Markdown of a runbook. */
  public static String write(Runbook runbook) {
    YamlMapping.Builder front = YamlMapping.builder().put("type", "runbook");
    if (!runbook.owner().isEmpty()) {
      front.put("owner", runbook.owner());
    }
    runbook.lastReviewed().ifPresent(d -> front.put("last_reviewed", d.toString()));
    MarkdownText md = MarkdownText.withFrontMatter(front.build()).heading(1, runbook.title());
    md.heading(2, "When to use").bullets(runbook.whenToUse(), "Symptoms and alerts that lead here.");
    md.heading(2, "Prerequisites").bullets(runbook.prerequisites(), "Access and tools needed before starting.");
    md.heading(2, "Steps");
    steps(md, "Step", runbook.steps());
    md.heading(2, "Verification").bullets(runbook.verification(), "How to check that it worked.");
    md.heading(2, "Rollback");
    steps(md, "Rollback", runbook.rollback());
    md.heading(2, "Escalation");
    List<List<String>> rows = new ArrayList<>();
    for (EscalationContact c : runbook.escalation()) {
      rows.add(List.of(c.who(), c.how(), c.responseTime()));
    }
    if (rows.isEmpty()) {
      md.comment("Who to call when the steps do not work, how, and how fast they answer.");
    }
    md.table(List.of("Who", "How", "Response time"), rows);
    return md.text();
  }

  private static void steps(MarkdownText md, String prefix, List<RunbookStep> steps) {
    if (steps.isEmpty()) {
      md.comment(prefix.equals("Step") ? "One heading per step, with its command and expected output."
          : "How to undo the steps, if they change anything.");
    }
    for (int i = 0; i < steps.size(); i++) {
      RunbookStep step = steps.get(i);
      md.heading(3, prefix + " " + (i + 1) + ": " + step.title());
      if (!step.description().isBlank()) {
        md.body(step.description(), "");
      }
      step.command().ifPresent(md::code);
      step.expectedOutput().ifPresent(out -> {
        md.paragraph(EXPECTED);
        md.code(CodeBlock.of("text", out));
      });
      step.ifDifferent().ifPresent(text -> md.paragraph(DIFFERS + " " + text));
    }
  }

  /** Reads a runbook; never throws. */
  public static Parsed<Runbook> read(SourceFile source) {
    return DocumentReading.read(source, "runbook", Reading::new);
  }

  private static final class Reading extends DocumentReading<Runbook> {
    private final Runbook.Builder runbook = Runbook.builder();

    Reading(SourceFile source) {
      super(source, FRONT_MATTER_RULE);
    }

    @Override
    Runbook value() {
      frontMatterFields();
      String fallback = source.path().replaceAll(".*/", "").replaceAll("\\.md$", "");
      runbook.title(md.title().map(MarkdownSource.Section::title).filter(t -> !t.isBlank())
          .orElse(fallback.isBlank() ? "Runbook" : fallback));
      md.title().ifPresent(t -> spans.put(DocPath.of("title"), md.line(t.headingLine())));
      section(WHEN, "whenToUse").ifPresent(s -> runbook.addAllWhenToUse(items(s, "whenToUse")));
      section(PREREQUISITES, "prerequisites").ifPresent(s -> runbook.addAllPrerequisites(items(s, "prerequisites")));
      section(STEPS, "steps").ifPresent(s -> runbook.addAllSteps(steps(s, "steps")));
      section(VERIFICATION, "verification").ifPresent(s -> runbook.addAllVerification(items(s, "verification")));
      section(ROLLBACK, "rollback").ifPresent(s -> runbook.addAllRollback(steps(s, "rollback")));
      section(ESCALATION, "escalation").ifPresent(this::escalation);
      return runbook.build();
    }

    private void frontMatterFields() {
      Optional<YamlMapping> root = frontMatter();
      if (root.isEmpty()) {
        return;
      }
      YamlMapping map = root.get();
      scalar(map, "owner").ifPresent(runbook::owner);
      Optional<String> reviewed = scalar(map, "last_reviewed").or(() -> scalar(map, "last-reviewed"))
          .or(() -> scalar(map, "lastReviewed")).or(() -> scalar(map, "reviewed"));
      for (String key : List.of("last-reviewed", "lastReviewed", "reviewed")) {
        if (spans.containsKey(DocPath.of(key))) {
          spans.put(DocPath.of("last_reviewed"), spans.get(DocPath.of(key)));
        }
      }
      reviewed.ifPresent(text -> {
        try {
          runbook.lastReviewed(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          Span span = spans.getOrDefault(DocPath.of("last_reviewed"), md.line(1));
          findings.add(Finding.builder().ruleId("runbook/stale-review").severity(Severity.WARNING)
              .message("front matter 'last_reviewed' is '" + text + "', not a date YYYY-MM-DD")
              .location(new Location(source.path(), Optional.of(span), DocPath.of("lastReviewed")))
              .fix("write the date of the last review, like 2024-05-01").build());
        }
      });
      Span reviewedSpan = spans.get(DocPath.of("last_reviewed"));
      if (reviewedSpan != null) {
        spans.put(DocPath.of("lastReviewed"), reviewedSpan);
      }
    }

    private List<String> items(MarkdownSource.Section section, String path) {
      List<String> out = new ArrayList<>();
      List<MarkdownSource.Item> items = md.listItems(md.blocks(section));
      for (MarkdownSource.Item item : items) {
        spans.put(DocPath.of(path).index(out.size()), md.line(item.line()));
        out.add(item.text());
      }
      if (items.isEmpty()) {
        MarkdownSource.Body body = md.body(md.blocks(section), section.headingLine());
        if (!body.text().isBlank()) {
          spans.put(DocPath.of(path).index(0), md.line(body.line()));
          out.add(body.text());
        }
      }
      return out;
    }

    private List<RunbookStep> steps(MarkdownSource.Section section, String path) {
      List<RunbookStep> out = new ArrayList<>();
      List<MarkdownSource.Section> subsections = md.subsections(section);
      if (subsections.isEmpty()) {
        return listSteps(section, path);
      }
      for (MarkdownSource.Section sub : subsections) {
        DocPath at = DocPath.of(path).index(out.size());
        spans.put(at, md.line(sub.headingLine()));
        String title = STEP_PREFIX.matcher(sub.title()).replaceFirst("").strip();
        out.add(step(title.isEmpty() ? sub.title() : title, md.blocks(sub), at));
      }
      return out;
    }

    private RunbookStep step(String title, List<MarkdownSource.Block> blocks, DocPath at) {
      RunbookStep.Builder step = RunbookStep.builder().title(title);
      List<MarkdownSource.Block> description = new ArrayList<>();
      boolean expecting = false;
      for (MarkdownSource.Block block : blocks) {
        Node node = block.node();
        String text = node instanceof Paragraph ? MarkdownSource.inlineText(node) : "";
        if (node instanceof Paragraph && text.toLowerCase().startsWith("expected output")) {
          String rest = text.substring(Math.min(text.length(), text.indexOf(':') < 0 ? text.length()
              : text.indexOf(':') + 1)).strip();
          spans.put(at.key("expectedOutput"), md.line(block.firstLine()));
          if (!rest.isEmpty()) {
            step.expectedOutput(rest);
          } else {
            expecting = true;
          }
        } else if (node instanceof Paragraph && (text.toLowerCase().startsWith("if the output differs")
            || text.toLowerCase().startsWith("if it differs") || text.toLowerCase().startsWith("si la salida"))) {
          String raw = md.body(List.of(block), block.firstLine()).text();
          int colon = raw.indexOf(':');
          step.ifDifferent(colon < 0 ? raw : raw.substring(colon + 1).strip());
          spans.put(at.key("ifDifferent"), md.line(block.firstLine()));
        } else if (node instanceof FencedCodeBlock) {
          MarkdownSource.Code code = md.codeBlocks(List.of(block)).get(0);
          if (expecting) {
            step.expectedOutput(code.content());
            expecting = false;
          } else if (!spans.containsKey(at.key("command"))) {
            step.command(CodeBlock.of(code.language(), code.content()));
            spans.put(at.key("command"), md.line(block.firstLine()));
          } else {
            description.add(block);
          }
        } else {
          description.add(block);
        }
      }
      String body = md.body(description, 0).text();
      if (!body.isBlank()) {
        step.description(body);
      }
      return step.build();
    }

    private List<RunbookStep> listSteps(MarkdownSource.Section section, String path) {
      List<RunbookStep> out = new ArrayList<>();
      for (MarkdownSource.Block block : md.blocks(section)) {
        if (!(block.node() instanceof OrderedList || block.node() instanceof org.commonmark.node.BulletList)) {
          continue;
        }
        for (Node item = block.node().getFirstChild(); item != null; item = item.getNext()) {
          if (!(item instanceof ListItem)) {
            continue;
          }
          DocPath at = DocPath.of(path).index(out.size());
          int line = MarkdownSource.lineOf(item, block.firstLine());
          spans.put(at, md.line(line));
          String title = "";
          RunbookStep.Builder step = RunbookStep.builder();
          for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph && title.isEmpty()) {
              title = MarkdownSource.inlineText(child);
            } else if (child instanceof FencedCodeBlock && !spans.containsKey(at.key("command"))) {
              FencedCodeBlock code = (FencedCodeBlock) child;
              String info = code.getInfo() == null ? "" : code.getInfo().strip().split("\\s+")[0];
              String literal = code.getLiteral().endsWith("\n")
                  ? code.getLiteral().substring(0, code.getLiteral().length() - 1) : code.getLiteral();
              step.command(CodeBlock.of(info, literal));
              spans.put(at.key("command"), md.line(MarkdownSource.lineOf(child, line)));
            }
          }
          out.add(step.title(title.isBlank() ? "Step " + (out.size() + 1) : title).build());
        }
        break;
      }
      return out;
    }

    private void escalation(MarkdownSource.Section section) {
      Optional<MarkdownSource.Table> table = md.table(md.blocks(section));
      if (table.isPresent()) {
        MarkdownSource.Row header = table.get().header();
        int who = column(header, Set.of("who", "contact", "team", "quien", "quién"), 0);
        int how = column(header, Set.of("how", "channel", "contact method", "como", "cómo"), 1);
        int time = column(header, Set.of("response time", "response", "sla", "tiempo de respuesta"), 2);
        int i = 0;
        for (MarkdownSource.Row row : table.get().rows()) {
          DocPath at = DocPath.of("escalation").index(i++);
          spans.put(at, md.line(row.line()));
          runbook.addEscalation(EscalationContact.builder().who(row.cell(who)).how(row.cell(how))
              .responseTime(row.cell(time)).build());
        }
        return;
      }
      int i = 0;
      for (MarkdownSource.Item item : md.listItems(md.blocks(section))) {
        spans.put(DocPath.of("escalation").index(i++), md.line(item.line()));
        runbook.addEscalation(EscalationContact.builder().who(item.text()).build());
      }
    }
  }
}
