package dev.devopskit.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
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
  private static final JsonFactory JSON = new JsonFactory();
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
    fingerprintsAhead(result);
    return write(out -> {
      out.writeStartObject();
      out.writeStringField("tool", TOOL);
      out.writeStringField("version", version());
      out.writeObjectFieldStart("summary");
      out.writeNumberField("files", result.filesChecked());
      out.writeNumberField("findings", result.findings().size());
      out.writeNumberField("errors", result.count(Severity.ERROR));
      out.writeNumberField("warnings", result.count(Severity.WARNING));
      out.writeNumberField("notes", result.count(Severity.NOTE));
      out.writeNumberField("suppressed", result.suppressed());
      out.writeEndObject();
      out.writeArrayFieldStart("findings");
      for (Finding finding : result.findings()) {
        out.writeStartObject();
        out.writeStringField("ruleId", safe.of(finding.ruleId()));
        out.writeStringField("severity", finding.severity().label());
        out.writeStringField("message", finding.message());
        out.writeStringField("file", safe.of(finding.location().file()));
        if (finding.location().span().isPresent()) {
          Span span = finding.location().span().get();
          out.writeNumberField("line", span.start().line());
          out.writeNumberField("column", span.start().column());
          out.writeNumberField("endLine", span.end().line());
          out.writeNumberField("endColumn", span.end().column());
        }
        out.writeStringField("path", safe.of(finding.location().path().toString()));
        if (finding.fix().isPresent()) {
          out.writeStringField("fix", finding.fix().get());
        }
        out.writeStringField("fingerprint", finding.fingerprint());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  /** SARIF 2.1.0 with rule metadata, regions and partial fingerprints. */
  public static String sarif(CheckResult result) {
    Redactor safe = new Redactor();
    fingerprintsAhead(result);
    Map<String, RuleInfo> rules = new TreeMap<>(result.rules());
    for (Finding finding : result.findings()) {
      rules.putIfAbsent(finding.ruleId(),
          RuleInfo.of(finding.ruleId(), Profile.RECOMMENDED, finding.severity(), finding.ruleId()));
    }
    return write(out -> {
      out.writeStartObject();
      out.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      out.writeStringField("version", "2.1.0");
      out.writeArrayFieldStart("runs");
      out.writeStartObject();
      out.writeObjectFieldStart("tool");
      out.writeObjectFieldStart("driver");
      out.writeStringField("name", TOOL);
      out.writeStringField("version", version());
      out.writeStringField("semanticVersion", version().replace("-SNAPSHOT", ""));
      out.writeStringField("informationUri", TOOL_URI);
      Map<String, Integer> ruleIndex = new LinkedHashMap<>();
      out.writeArrayFieldStart("rules");
      for (RuleInfo rule : rules.values()) {
        ruleIndex.put(rule.id(), ruleIndex.size());
        out.writeStartObject();
        out.writeStringField("id", safe.of(rule.id()));
        out.writeStringField("name", safe.of(ruleName(rule.id())));
        textObject(out, "shortDescription", safe.of(rule.summary()));
        textObject(out, "fullDescription", safe.of(rule.summary()));
        out.writeStringField("helpUri", safe.of(rule.docUrl()));
        textObject(out, "help", safe.of(rule.summary() + ". See " + rule.docUrl()));
        out.writeObjectFieldStart("defaultConfiguration");
        out.writeStringField("level", rule.defaultSeverity().sarifLevel());
        out.writeEndObject();
        out.writeObjectFieldStart("properties");
        out.writeArrayFieldStart("tags");
        out.writeString(safe.of(rule.namespace()));
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
      out.writeArrayFieldStart("results");
      for (Finding finding : result.findings()) {
        out.writeStartObject();
        out.writeStringField("ruleId", safe.of(finding.ruleId()));
        out.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
        out.writeStringField("level", finding.severity().sarifLevel());
        textObject(out, "message", finding.message() + finding.fix().map(f -> " Fix: " + f).orElse(""));
        out.writeArrayFieldStart("locations");
        out.writeStartObject();
        out.writeObjectFieldStart("physicalLocation");
        out.writeObjectFieldStart("artifactLocation");
        out.writeStringField("uri", finding.location().file().isEmpty() ? "value"
            : safe.of(uri(finding.location().file())));
        out.writeEndObject();
        if (finding.location().span().isPresent()) {
          Span span = finding.location().span().get();
          out.writeObjectFieldStart("region");
          out.writeNumberField("startLine", span.start().line());
          out.writeNumberField("startColumn", span.start().column());
          if (span.end().compareTo(span.start()) > 0) {
            out.writeNumberField("endLine", span.end().line());
            out.writeNumberField("endColumn", span.end().column());
          }
          out.writeEndObject();
        }
        out.writeEndObject();
        if (!finding.location().path().isRoot()) {
          out.writeArrayFieldStart("logicalLocations");
          out.writeStartObject();
          out.writeStringField("fullyQualifiedName", safe.of(finding.location().path().toString()));
          out.writeStringField("kind", "element");
          out.writeEndObject();
          out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndArray();
        out.writeObjectFieldStart("partialFingerprints");
        out.writeStringField("devopsKitFingerprint/v1", finding.fingerprint());
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  /**
   * Works out every finding's fingerprint (a SHA-256 each, kept by the finding) on all cores before the report is
   * written on one thread; a short list is left to the writer.
   */
  private static void fingerprintsAhead(CheckResult result) {
    if (result.findings().size() >= 256) {
      result.findings().parallelStream().forEach(Finding::fingerprint);
    }
  }

  /** Writes {@code "name" : { "text" : text }}, SARIF's message object. */
  private static void textObject(JsonGenerator out, String name, String text) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("text", text);
    out.writeEndObject();
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

  /** What a JSON report writes, in order. */
  @FunctionalInterface
  private interface JsonBody {
    void writeTo(JsonGenerator out) throws IOException;
  }

  /**
   * Streams a JSON report, indented as Jackson's default pretty printer indents. The reports write through a
   * generator instead of building a tree for an {@code ObjectMapper}: building a mapper is the costliest step of
   * a short check's report in a fresh JVM.
   */
  private static String write(JsonBody body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.setPrettyPrinter(new DefaultPrettyPrinter());
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string does not fail", e);
    }
    return text.append('\n').toString();
  }
}
