package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.markdown.Section;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.DocumentStatus;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.LessonsLearned;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.postmortem.TimelineEntry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a {@link Postmortem} as Markdown in the team's template and reads it back, with positions. */
public final class PostmortemMarkdown {
  /** Findings about the front matter. */
  public static final String FRONT_MATTER_RULE = "postmortem/front-matter";

  /** Heading keys (normalised) of each known section. */
  public static final List<String> SUMMARY = List.of("summary", "overview", "executive summary");
  public static final List<String> TIMELINE = List.of("timeline", "chronology", "cronologia", "cronología");
  public static final List<String> DETECTION = List.of("detection", "deteccion", "detección");
  public static final List<String> ROOT_CAUSE = List.of("root cause", "root causes", "root cause analysis",
      "causes", "cause", "causa raiz", "causa raíz", "contributing factors");
  public static final List<String> RESOLUTION = List.of("resolution", "recovery", "mitigation", "resolucion",
      "resolución");
  public static final List<String> IMPACT = List.of("impact", "customer impact", "impacto");
  public static final List<String> ACTION_ITEMS = List.of("action items", "actions", "follow ups",
      "follow up actions", "corrective actions", "acciones", "next steps");
  public static final List<String> LESSONS = List.of("lessons learned", "lessons", "lecciones aprendidas");
  public static final List<String> LINKS = List.of("supporting links", "links", "references", "supporting information");
  private static final List<String> WENT_WELL = List.of("what went well", "went well");
  private static final List<String> WENT_WRONG = List.of("what went wrong", "went wrong", "what went poorly");
  private static final List<String> LUCKY = List.of("where we got lucky", "got lucky", "lucky");

  private static final Pattern LINK = Pattern.compile("^\\[([^\\]]*)]\\((\\S*)\\)$");
  private static final Pattern LIST_TIMELINE = Pattern.compile("^\\**`?([^*`]+?)`?\\**\\s*(?:[-–—:|])\\s+(.+)$");

  private PostmortemMarkdown() {}

  /** The Markdown of a postmortem; an empty one writes the template with hints in HTML comments. */
  public static String write(Postmortem pm) {
    YamlMapping.Builder front = YamlMapping.builder().put("type", "postmortem").put("incident", pm.incident());
    pm.date().ifPresent(d -> front.put("date", d.toString()));
    pm.severity().ifPresent(s -> front.put("severity", s.name()));
    pm.status().ifPresent(s -> front.put("status", s.label()));
    if (!pm.authors().isEmpty()) {
      front.put("authors", YamlSequence.ofStrings(pm.authors()));
    }
    MarkdownText md = MarkdownText.withFrontMatter(front.build()).heading(1, pm.title());
    pm.summary().ifPresent(s -> md.heading(2, "Summary")
        .body(s, "Two or three sentences: what happened, for how long, and who was affected."));
    md.heading(2, "Timeline");
    List<List<String>> timeline = new ArrayList<>();
    for (TimelineEntry entry : pm.timeline()) {
      timeline.add(List.of(entry.time(), entry.description(), entry.source().orElse("")));
    }
    if (timeline.isEmpty()) {
      md.comment("One row per event, oldest first, times with a time zone: 2024-05-01 14:02 UTC.");
    }
    md.table(List.of("Time", "Event", "Source"), timeline);
    pm.detection().ifPresent(s -> md.heading(2, "Detection")
        .body(s, "How the incident was noticed: which alert, dashboard or report, and how long it took."));
    md.heading(2, "Root Cause").body(pm.rootCause(),
        "Which conditions in the system allowed this to happen? Describe systems and processes, not people.");
    pm.resolution().ifPresent(s -> md.heading(2, "Resolution")
        .body(s, "What restored service, and what made recovery faster or slower."));
    md.heading(2, "Impact").body(pm.impact(), "Who and what was affected, how much, and for how long.");
    md.heading(2, "Action Items");
    List<List<String>> actions = new ArrayList<>();
    for (ActionItem item : pm.actionItems()) {
      actions.add(List.of(item.action(), item.owner(), item.due(), item.status()));
    }
    if (actions.isEmpty()) {
      md.comment("Specific, owned and dated changes: one row each.");
    }
    md.table(List.of("Action", "Owner", "Due", "Status"), actions);
    pm.lessonsLearned().ifPresent(lessons -> {
      md.heading(2, "Lessons Learned");
      md.heading(3, "What went well").bullets(lessons.wentWell(), "What helped detection or recovery?");
      md.heading(3, "What went wrong").bullets(lessons.wentWrong(), "What made it worse or slower?");
      md.heading(3, "Where we got lucky").bullets(lessons.gotLucky(), "What could have made it much worse?");
    });
    if (!pm.supportingLinks().isEmpty()) {
      md.heading(2, "Supporting Links");
      List<String> links = new ArrayList<>();
      for (Link link : pm.supportingLinks()) {
        links.add(link.url().isEmpty() ? link.title() : "[" + link.title() + "](" + link.url() + ")");
      }
      md.bullets(links, "");
    }
    for (Section other : pm.otherSections()) {
      md.heading(2, other.title()).body(other.body(), "");
    }
    return md.text();
  }

  /** Reads a postmortem; never throws. Missing parts are left empty for the rules to report. */
  public static Parsed<Postmortem> read(SourceFile source) {
    return DocumentReading.read(source, "postmortem", Reading::new);
  }

  private static final class Reading extends DocumentReading<Postmortem> {
    private final Postmortem.Builder pm = Postmortem.builder();

    Reading(SourceFile source) {
      super(source, FRONT_MATTER_RULE);
    }

    @Override
    Postmortem value() {
      frontMatterFields();
      md.title().ifPresent(t -> pm.title(t.title()));
      text(SUMMARY, "summary").ifPresent(pm::summary);
      text(DETECTION, "detection").ifPresent(pm::detection);
      text(ROOT_CAUSE, "rootCause").ifPresent(pm::rootCause);
      text(RESOLUTION, "resolution").ifPresent(pm::resolution);
      text(IMPACT, "impact").ifPresent(pm::impact);
      timeline();
      actionItems();
      lessons();
      links();
      others();
      return pm.build();
    }

    private void frontMatterFields() {
      Optional<YamlMapping> root = frontMatter();
      if (root.isEmpty()) {
        return;
      }
      YamlMapping map = root.get();
      scalar(map, "type").ifPresent(type -> {
        if (!type.equals("postmortem")) {
          report(FRONT_MATTER_RULE, "type", "front matter 'type' is '" + type + "', not 'postmortem'",
              "set 'type: postmortem'");
        }
      });
      scalar(map, "incident").ifPresent(pm::incident);
      scalar(map, "date").ifPresent(text -> {
        try {
          pm.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          report(FRONT_MATTER_RULE, "date", "front matter 'date' is '" + text + "', not a date YYYY-MM-DD",
              "write the day of the incident, like 2024-05-01");
        }
      });
      scalar(map, "severity").ifPresent(text -> IncidentSeverity.parse(text).ifPresentOrElse(pm::severity,
          () -> report(FRONT_MATTER_RULE, "severity", "front matter 'severity' is '" + text
              + "', not one of P1, P2, P3", "use P1, P2 or P3")));
      scalar(map, "status").ifPresent(text -> DocumentStatus.parse(text).ifPresentOrElse(pm::status,
          () -> report(FRONT_MATTER_RULE, "status", "front matter 'status' is '" + text
              + "', not one of Draft, In Review, Reviewed, Closed", "use Draft, In Review, Reviewed or Closed")));
      map.get("authors").ifPresent(node -> {
        if (node instanceof YamlSequence) {
          int i = 0;
          for (YamlNode item : ((YamlSequence) node).items()) {
            Optional<String> text = item.text();
            if (text.isPresent()) {
              pm.addAuthor(text.get());
              int index = i;
              item.span().ifPresent(s -> spans.put(DocPath.of("authors").index(index), md.line(s.line())));
            }
            i++;
          }
        } else {
          node.text().filter(t -> !t.isBlank()).ifPresent(t -> {
            for (String author : t.split(",")) {
              pm.addAuthor(author.strip());
            }
          });
        }
      });
    }

    private void report(String rule, String key, String message, String fix) {
      Span span = spans.getOrDefault(DocPath.of(key), md.line(1));
      findings.add(Finding.builder().ruleId(rule).severity(Severity.ERROR).message(message)
          .location(new Location(source.path(), Optional.of(span), DocPath.of(key))).fix(Optional.ofNullable(fix))
          .build());
    }

    /** Also records the heading at {@code <path>.heading} and the section's code blocks. */
    @Override
    Optional<MarkdownSource.Section> section(List<String> keys, String path) {
      Optional<MarkdownSource.Section> section = super.section(keys, path);
      section.ifPresent(s -> {
        spans.put(DocPath.of(path, "heading"), md.line(s.headingLine()));
        codeBlocks(s, DocPath.of(path));
      });
      return section;
    }

    /** Positions of the fenced code blocks of a section: {@code rootCause.codeBlocks[0]}. */
    private void codeBlocks(MarkdownSource.Section section, DocPath path) {
      List<MarkdownSource.Code> blocks = md.codeBlocks(md.blocks(section));
      for (int i = 0; i < blocks.size(); i++) {
        spans.put(path.key("codeBlocks").index(i), md.line(blocks.get(i).line()));
      }
    }

    private Optional<String> text(List<String> keys, String path) {
      return section(keys, path).map(s -> {
        MarkdownSource.Body body = md.body(md.blocks(s), s.headingLine());
        spans.put(DocPath.of(path), md.line(body.line()));
        return body.text();
      });
    }

    private void timeline() {
      Optional<MarkdownSource.Section> section = section(TIMELINE, "timeline");
      if (section.isEmpty()) {
        return;
      }
      List<MarkdownSource.Block> blocks = md.blocks(section.get());
      Optional<MarkdownSource.Table> table = md.table(blocks);
      if (table.isPresent()) {
        int time = column(table.get().header(), Set.of("time", "when", "hora", "timestamp", "date time"), 0);
        int event = column(table.get().header(), Set.of("event", "description", "what", "what happened", "evento",
            "descripcion", "descripción"), 1);
        int src = column(table.get().header(), Set.of("source", "link", "evidence", "fuente", "enlace"), 2);
        int i = 0;
        for (MarkdownSource.Row row : table.get().rows()) {
          if (row.cell(time).isBlank()) {
            continue;
          }
          DocPath path = DocPath.of("timeline").index(i++);
          spans.put(path, md.line(row.line()));
          spans.put(path.key("time"), md.at(row.line(), row.column(time)));
          spans.put(path.key("description"), md.at(row.line(), row.column(event)));
          TimelineEntry.Builder entry = TimelineEntry.builder().time(row.cell(time)).description(row.cell(event));
          if (!row.cell(src).isBlank() && src != time && src != event) {
            entry.source(row.cell(src));
          }
          pm.addTimeline(entry.build());
        }
        return;
      }
      int i = 0;
      for (MarkdownSource.Item item : md.listItems(blocks)) {
        Matcher m = LIST_TIMELINE.matcher(item.text().replace('\n', ' '));
        if (!m.matches()) {
          continue;
        }
        DocPath path = DocPath.of("timeline").index(i++);
        spans.put(path, md.line(item.line()));
        pm.addTimeline(TimelineEntry.builder().time(m.group(1).strip()).description(m.group(2).strip()).build());
      }
    }

    private void actionItems() {
      Optional<MarkdownSource.Section> section = section(ACTION_ITEMS, "actionItems");
      if (section.isEmpty()) {
        return;
      }
      List<MarkdownSource.Block> blocks = md.blocks(section.get());
      Optional<MarkdownSource.Table> table = md.table(blocks);
      if (table.isPresent()) {
        MarkdownSource.Row header = table.get().header();
        int action = column(header, Set.of("action", "action item", "item", "what", "task", "accion", "acción"), 0);
        int owner = column(header, Set.of("owner", "who", "assignee", "responsable", "dueño"), 1);
        int due = column(header, Set.of("due", "due date", "deadline", "by", "fecha", "fecha limite"), 2);
        int status = column(header, Set.of("status", "state", "estado"), 3);
        int i = 0;
        for (MarkdownSource.Row row : table.get().rows()) {
          DocPath path = DocPath.of("actionItems").index(i++);
          spans.put(path, md.line(row.line()));
          spans.put(path.key("action"), md.at(row.line(), row.column(action)));
          spans.put(path.key("owner"), md.at(row.line(), row.column(owner)));
          spans.put(path.key("due"), md.at(row.line(), row.column(due)));
          spans.put(path.key("status"), md.at(row.line(), row.column(status)));
          pm.addActionItem(ActionItem.builder().action(row.cell(action)).owner(row.cell(owner)).due(row.cell(due))
              .status(row.cell(status)).build());
        }
        return;
      }
      int i = 0;
      for (MarkdownSource.Item item : md.listItems(blocks)) {
        DocPath path = DocPath.of("actionItems").index(i++);
        spans.put(path, md.line(item.line()));
        pm.addActionItem(ActionItem.builder().action(item.text().replace('\n', ' ')).status("").build());
      }
    }

    private void lessons() {
      Optional<MarkdownSource.Section> section = section(LESSONS, "lessonsLearned");
      if (section.isEmpty()) {
        return;
      }
      LessonsLearned.Builder lessons = LessonsLearned.builder();
      for (MarkdownSource.Section sub : md.subsections(section.get())) {
        String key = sub.key();
        String field = WENT_WELL.contains(key) ? "wentWell" : WENT_WRONG.contains(key) ? "wentWrong"
            : LUCKY.contains(key) ? "gotLucky" : null;
        if (field == null) {
          continue;
        }
        int i = 0;
        for (MarkdownSource.Item item : md.listItems(md.blocks(sub))) {
          spans.put(DocPath.of("lessonsLearned", field).index(i++), md.line(item.line()));
          switch (field) {
            case "wentWell" -> lessons.addWentWell(item.text());
            case "wentWrong" -> lessons.addWentWrong(item.text());
            default -> lessons.addGotLucky(item.text());
          }
        }
      }
      pm.lessonsLearned(lessons.build());
    }

    private void links() {
      Optional<MarkdownSource.Section> section = section(LINKS, "supportingLinks");
      if (section.isEmpty()) {
        return;
      }
      int i = 0;
      for (MarkdownSource.Item item : md.listItems(md.blocks(section.get()))) {
        spans.put(DocPath.of("supportingLinks").index(i++), md.line(item.line()));
        String text = item.text().replace('\n', ' ');
        Matcher m = LINK.matcher(text);
        pm.addSupportingLink(m.matches() ? Link.to(m.group(1), m.group(2)) : Link.builder().title(text).build());
      }
    }

    private void others() {
      List<List<String>> known = List.of(SUMMARY, TIMELINE, DETECTION, ROOT_CAUSE, RESOLUTION, IMPACT, ACTION_ITEMS,
          LESSONS, LINKS);
      int level = md.sections().stream().filter(s -> known.stream().anyMatch(k -> k.contains(s.key())))
          .mapToInt(MarkdownSource.Section::level).min().orElse(2);
      Optional<MarkdownSource.Section> title = md.title();
      int i = 0;
      for (MarkdownSource.Section s : md.sections()) {
        if (s.level() != level || known.stream().anyMatch(k -> k.contains(s.key()))
            || (title.isPresent() && title.get().equals(s)) || s.title().isBlank()) {
          continue;
        }
        MarkdownSource.Body body = md.body(md.blocks(s), s.headingLine());
        DocPath path = DocPath.of("otherSections").index(i++);
        spans.put(path, md.line(s.headingLine()));
        spans.put(path.key("body"), md.line(body.line()));
        codeBlocks(s, path);
        pm.addOtherSection(Section.of(s.title(), body.text()));
      }
    }
  }
}
