package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a workflow file into a {@link Workflow}: every form GitHub accepts, type errors and grammar errors as
 * findings at their element, unknown keys kept (and reported), never an exception. The sections are read by
 * {@link TriggerReader} ({@code on}), {@link JobReader} ({@code jobs}), {@link StepReader} (steps, also of
 * composite actions), {@link SettingReader} (what a workflow and a job both set) and {@link ExpressionChecker}.
 */
public final class WorkflowReader extends FieldReader {
  /** Rule id of type, shape and grammar errors. */
  public static final String SYNTAX = "github/syntax";
  /** Rule id of unknown keys. */
  public static final String UNKNOWN_KEY = "github/unknown-key";
  /** Rule id of malformed expressions. */
  public static final String EXPRESSION = "github/expression";

  private static final Set<String> WORKFLOW_KEYS = ordered("name", "run-name", "on", "permissions", "cache-mode", "env",
      "defaults", "concurrency", "jobs");

  private final SettingReader settingReader;
  private final TriggerReader triggerReader;
  private final JobReader jobReader;
  private final ExpressionChecker expressionChecker;

  private WorkflowReader(SourceFile source) {
    super(source);
    this.settingReader = new SettingReader(this);
    this.triggerReader = new TriggerReader(this);
    this.jobReader = new JobReader(this, settingReader, new StepReader(this));
    this.expressionChecker = new ExpressionChecker(this);
  }

  /** Reads a workflow file; never throws on bad input. */
  public static Parsed<Workflow> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    WorkflowReader reader = new WorkflowReader(source);
    String path = source.path();
    String file = path.substring(path.lastIndexOf('/') + 1);
    String fileName = file.endsWith(".yml") || file.endsWith(".yaml") ? file : null;
    Workflow workflow;
    try {
      workflow = reader.workflow(document.root().orElse(null), fileName);
      reader.expressionChecker.expressions(document.root().orElse(null), DocPath.root(), 0);
    } catch (RuntimeException | StackOverflowError e) {
      reader.read.error(document.root().orElse(null), DocPath.root(),
          "the workflow could not be read (" + e.getClass().getSimpleName() + "); please report this file", null);
      workflow = Workflow.builder().build();
    }
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(reader.read.findings());
    findings.addAll(reader.extra);
    if (fileName != null) {
      // the same workflow when the reader built it with its name; a checked copy only on the other ways out
      workflow = workflow.withFileName(fileName);
    }
    return Parsed.of(workflow, source, document, findings);
  }

  /** Reads the workflow at the root; {@code fileName} (null when the file has no workflow file name) is set too. */
  private Workflow workflow(YamlNode root, String fileName) {
    Workflow.Builder workflow = Workflow.builder();
    if (root == null || root.isNull()) {
      read.error(root, DocPath.root(), "the workflow file is empty; it needs 'on' and 'jobs'", null);
      return workflow.build();
    }
    Optional<YamlMapping> mapping = read.mapping(root, DocPath.root());
    if (mapping.isEmpty()) {
      return workflow.build();
    }
    YamlMapping top = mapping.get();
    DocPath path = DocPath.root();
    if (!top.has("on")) {
      read.error(top, path, "the workflow has no 'on': say which events start it, for example 'on: push'", null);
    }
    if (!top.has("jobs")) {
      read.error(top, path, "the workflow has no 'jobs': add at least one job", null);
    }
    // Optional parts are set as read: the builders take Optional.empty() as "not set".
    workflow.name(string(top, "name", path));
    workflow.runName(string(top, "run-name", path));
    YamlNode on = valueOf(top, "on");
    if (on != null) {
      workflow.addAllOn(triggerReader.on(on, path.key("on")));
    }
    workflow.permissions(settingReader.permissions(valueOf(top, "permissions"), path.key("permissions")));
    workflow.cacheMode(settingReader.cacheMode(top, path));
    ScalarMap env = scalarMap(top, "env", path);
    workflow.putAllEnv(env.values()).envExpression(env.expression());
    workflow.defaults(settingReader.defaults(valueOf(top, "defaults"), path.key("defaults")));
    workflow.concurrency(settingReader.concurrency(valueOf(top, "concurrency"), path.key("concurrency")));
    workflow.putAllExtensions(unknown(top, path, WORKFLOW_KEYS));
    Map<String, Job> jobs = new LinkedHashMap<>();
    Set<String> declared = new LinkedHashSet<>();
    YamlNode jobsNode = valueOf(top, "jobs");
    if (jobsNode != null) {
      jobReader.jobs(jobsNode, path.key("jobs"), jobs, declared);
    }
    jobReader.sanitizeNeeds(jobs, declared, path.key("jobs"));
    workflow.putAllJobs(jobs);
    workflow.fileName(fileName);
    try {
      return workflow.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      invalid(top, path, e);
      return Workflow.builder().build();
    }
  }
}
