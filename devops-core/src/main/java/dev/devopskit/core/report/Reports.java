package dev.devopskit.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link CheckResult} as text, JSON, SARIF 2.1.0 or GitHub workflow annotations.
 *
 * <pre>{@code
 * String sarif = Reports.render(result, ReportFormat.SARIF);
 * }</pre>
 *
 * No report can carry a credential: a finding's message and fix are redacted when the finding is built (and a
 * {@link Finding} only holds texts that the redaction leaves unchanged), and every other text a report writes
 * (file, document path, rule id and rule metadata) passes through the secret redaction here, each distinct text
 * once per report.
 */
public final class Reports {
  /**
   * JSON trees are built with the node factory and written by a generator with the default pretty printer: the
   * text an object mapper with indented output writes, without the start-up cost of an object mapper.
   */
  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final String TOOL = "devops-kit";
  private static final String TOOL_URI = "https://github.com/devops-kit/devops-kit";

  private Reports() {}

  /** The tool's version, from the jar manifest when packaged. */
  public static String version() {
    String version = Reports.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }

  /** Renders a result without colours. */
  public static String render(CheckResult result, ReportFormat format) {
    return render(result, format, false);
  }

  /** Renders a result; {@code color} adds ANSI colours to the text format only. */
  public static String render(CheckResult result, ReportFormat format, boolean color) {
    switch (format) {
      case JSON:
        return json(result);
      case SARIF:
        return sarif(result);
      case GITHUB:
        return github(result);
      default:
        return text(result, color);
    }
  }

  /** {@code file:line:col: severity [rule-id] message}, grouped by file, then a summary line. */
  public static String text(CheckResult result, boolean color) {
    Redactor safe = new Redactor();
    StringBuilder out = new StringBuilder();
    String currentFile = null;
    for (Finding finding : result.findings()) {
      String file = finding.location().file();
      if (currentFile != null && !currentFile.equals(file)) {
        out.append('\n');
      }
      currentFile = file;
      out.append(safe.of(where(finding))).append(": ")
          .append(paint(finding.severity().label(), finding.severity(), color))
          .append(" [").append(safe.of(finding.ruleId())).append("] ").append(finding.message()).append('\n');
      finding.fix().ifPresent(fix -> out.append("    fix: ").append(fix).append('\n'));
    }
    if (!result.findings().isEmpty()) {
      out.append('\n');
    }
    out.append(summary(result)).append('\n');
    return out.toString();
  }

  private static String where(Finding finding) {
    StringBuilder where = new StringBuilder(finding.location().file().isEmpty() ? "<value>" : finding.location().file());
    if (finding.location().span().isPresent()) {
      Span span = finding.location().span().get();
      where.append(':').append(span.line()).append(':').append(span.column());
    } else if (!finding.location().path().isRoot()) {
      where.append(':').append(finding.location().path());
    }
    return where.toString();
  }

  private static String paint(String text, Severity severity, boolean color) {
    if (!color) {
      return text;
    }
    String code = severity == Severity.ERROR ? "31" : severity == Severity.WARNING ? "33" : "36";
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }

  /** The one-line summary: counts by severity, files, suppressed. */
  public static String summary(CheckResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long notes = result.count(Severity.NOTE);
    int total = result.findings().size();
    StringBuilder line = new StringBuilder();
    line.append(total).append(total == 1 ? " finding" : " findings");
    line.append(" (").append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
        .append(notes).append(notes == 1 ? " note)" : " notes)");
    line.append(" in ").append(result.filesWithFindings().size()).append(" of ").append(result.filesChecked())
        .append(result.filesChecked() == 1 ? " file" : " files");
    if (result.suppressed() > 0) {
      line.append("; ").append(result.suppressed()).append(" suppressed");
    }
    return line.toString();
  }

  /** A JSON document: tool, summary, findings. */
  public static String json(CheckResult result) {
    Redactor safe = new Redactor();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("tool", TOOL);
    root.put("version", version());
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.filesChecked());
    summary.put("findings", result.findings().size());
    summary.put("errors", result.count(Severity.ERROR));
    summary.put("warnings", result.count(Severity.WARNING));
    summary.put("notes", result.count(Severity.NOTE));
    summary.put("suppressed", result.suppressed());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", safe.of(finding.ruleId()));
      node.put("severity", finding.severity().label());
      node.put("message", finding.message());
      node.put("file", safe.of(finding.location().file()));
      finding.location().span().ifPresent(span -> {
        node.put("line", span.start().line());
        node.put("column", span.start().column());
        node.put("endLine", span.end().line());
        node.put("endColumn", span.end().column());
      });
      node.put("path", safe.of(finding.location().path().toString()));
      finding.fix().ifPresent(fix -> node.put("fix", fix));
      node.put("fingerprint", finding.fingerprint());
    }
    return write(root);
  }

  /** SARIF 2.1.0 with rule metadata, regions and partial fingerprints. */
  public static String sarif(CheckResult result) {
    Redactor safe = new Redactor();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    driver.put("version", version());
    driver.put("semanticVersion", version().replace("-SNAPSHOT", ""));
    driver.put("informationUri", TOOL_URI);
    Map<String, RuleInfo> rules = new TreeMap<>(result.rules());
    for (Finding finding : result.findings()) {
      rules.putIfAbsent(finding.ruleId(), RuleInfo.of(finding.ruleId(), finding.severity(), finding.ruleId()));
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleInfo rule : rules.values()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      ObjectNode node = ruleNodes.addObject();
      node.put("id", safe.of(rule.id()));
      node.put("name", safe.of(ruleName(rule.id())));
      node.putObject("shortDescription").put("text", safe.of(rule.summary()));
      node.putObject("fullDescription").put("text", safe.of(rule.summary()));
      node.put("helpUri", safe.of(rule.docUrl()));
      node.putObject("help").put("text", safe.of(rule.summary() + ". See " + rule.docUrl()));
      node.putObject("defaultConfiguration").put("level", rule.defaultSeverity().sarifLevel());
      node.putObject("properties").putArray("tags").add(safe.of(rule.namespace()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding finding : result.findings()) {
      ObjectNode node = results.addObject();
      node.put("ruleId", safe.of(finding.ruleId()));
      node.put("ruleIndex", ruleIndex.get(finding.ruleId()));
      node.put("level", finding.severity().sarifLevel());
      String message = finding.message() + finding.fix().map(f -> " Fix: " + f).orElse("");
      node.putObject("message").put("text", message);
      ObjectNode location = node.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", finding.location().file().isEmpty() ? "value"
          : safe.of(uri(finding.location().file())));
      finding.location().span().ifPresent(span -> {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.start().line());
        region.put("startColumn", span.start().column());
        if (span.end().compareTo(span.start()) > 0) {
          region.put("endLine", span.end().line());
          region.put("endColumn", span.end().column());
        }
      });
      if (!finding.location().path().isRoot()) {
        location.putArray("logicalLocations").addObject()
            .put("fullyQualifiedName", safe.of(finding.location().path().toString())).put("kind", "element");
      }
      node.putObject("partialFingerprints").put("devopsKitFingerprint/v1", finding.fingerprint());
    }
    return write(root);
  }

  /** A file path as a SARIF URI reference: forward slashes, and every byte outside the URI path characters escaped. */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=@:".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String ruleName(String id) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : id.substring(id.indexOf('/') + 1).toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** GitHub Actions workflow commands: one {@code ::error|warning|notice file=...,line=...::message} per finding. */
  public static String github(CheckResult result) {
    Redactor safe = new Redactor();
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      String command = finding.severity() == Severity.ERROR ? "error"
          : finding.severity() == Severity.WARNING ? "warning" : "notice";
      List<String> properties = new ArrayList<>();
      if (!finding.location().file().isEmpty()) {
        properties.add("file=" + escapeProperty(safe.of(finding.location().file())));
      }
      finding.location().span().ifPresent(span -> {
        properties.add("line=" + span.start().line());
        properties.add("col=" + span.start().column());
        if (span.end().line() > span.start().line() || span.end().column() > span.start().column()) {
          properties.add("endLine=" + span.end().line());
          if (span.end().line() == span.start().line()) {
            properties.add("endColumn=" + span.end().column());
          }
        }
      });
      properties.add("title=" + escapeProperty(safe.of(finding.ruleId())));
      String message = finding.message() + finding.fix().map(f -> "\nFix: " + f).orElse("");
      out.append("::").append(command).append(' ').append(String.join(",", properties)).append("::")
          .append(escapeData(message)).append('\n');
    }
    out.append(summary(result)).append('\n');
    return out.toString();
  }

  private static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * The secret redaction of the texts a report writes beside the findings' messages and fixes (those are redacted
   * when a finding is built): each distinct text is scanned once per report.
   */
  private static final class Redactor {
    private final Map<String, String> seen = new HashMap<>();

    String of(String text) {
      return seen.computeIfAbsent(text, Redaction::redactSecrets);
    }
  }

  private static String write(ObjectNode root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON_FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(new DefaultPrettyPrinter());
      tree(generator, root);
    } catch (IOException e) {
      throw new UncheckedIOException("a report tree always serialises", e);
    }
    return out + "\n";
  }

  /** Writes a JSON tree with the generator calls an object mapper makes for it. */
  private static void tree(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          tree(generator, field.getValue());
        }
        generator.writeEndObject();
        break;
      case ARRAY:
        generator.writeStartArray();
        for (JsonNode item : node) {
          tree(generator, item);
        }
        generator.writeEndArray();
        break;
      case STRING:
        generator.writeString(node.textValue());
        break;
      case BOOLEAN:
        generator.writeBoolean(node.booleanValue());
        break;
      case NULL:
        generator.writeNull();
        break;
      case NUMBER:
        switch (node.numberType()) {
          case INT:
            generator.writeNumber(node.intValue());
            break;
          case LONG:
            generator.writeNumber(node.longValue());
            break;
          default:
            throw new IllegalStateException("reports hold only whole numbers, got " + node.numberType());
        }
        break;
      default:
        throw new IllegalStateException("reports hold no " + node.getNodeType() + " nodes");
    }
  }

}
