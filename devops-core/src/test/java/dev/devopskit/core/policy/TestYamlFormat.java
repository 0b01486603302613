package dev.devopskit.core.policy;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import java.util.List;

/** A format for engine tests: {@code *.test.yml} files read as YAML, with three small rules. */
final class TestYamlFormat implements Format<YamlDocument> {
  /** Reports every string value {@code bad}, and strings longer than {@code max-length}. */
  static final Rule<YamlDocument> FLAGGED = new Rule<>() {
    private final RuleInfo info = RuleInfo.builder().id("test/flagged-value")
        .profile(Profile.RECOMMENDED).defaultSeverity(Severity.WARNING)
        .summary("Values are not 'bad'")
        .addOptions(new RuleOption("max-length", "longest value accepted", "40")).build();

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(YamlDocument value, RuleContext context) {
      int max = context.intOption("max-length");
      value.root().ifPresent(root -> visit(root, DocPath.root(), context, max));
    }

    private void visit(YamlNode node, DocPath path, RuleContext context, int max) {
      if (node instanceof YamlMapping) {
        ((YamlMapping) node).entries().forEach(e -> visit(e.value(), path.key(e.name()), context, max));
      } else if (node instanceof YamlSequence) {
        List<YamlNode> items = ((YamlSequence) node).items();
        for (int i = 0; i < items.size(); i++) {
          visit(items.get(i), path.index(i), context, max);
        }
      } else {
        String text = node.text().orElse("");
        if (text.equals("bad")) {
          context.report(path, "value at " + path + " is bad", "write a good value");
        } else if (text.length() > max) {
          context.report(path, "value is " + text.length() + " characters long, more than " + max);
        }
      }
    }
  };

  /** Throws when the file has a top-level key {@code boom}. */
  static final Rule<YamlDocument> BOOM = new Rule<>() {
    private final RuleInfo info = RuleInfo.of("test/boom", Profile.RECOMMENDED,
        Severity.ERROR, "Never throws, except here");

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(YamlDocument value, RuleContext context) {
      if (value.node(DocPath.of("boom")).isPresent()) {
        context.report(DocPath.of("boom"), "about to fail");
        throw new IllegalStateException("boom");
      }
    }
  };

  /** Reports a top-level key {@code audit}; in the strict profile only. */
  static final Rule<YamlDocument> AUDIT = new Rule<>() {
    private final RuleInfo info = RuleInfo.of("test/audit-only", Profile.STRICT, Severity.NOTE,
        "Files have no audit key");

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(YamlDocument value, RuleContext context) {
      value.root().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
          .filter(root -> root.get("audit").isPresent())
          .ifPresent(root -> context.report(DocPath.of("audit"), "the file has an audit key"));
    }
  };

  @Override
  public String name() {
    return "test-yaml";
  }

  @Override
  public String description() {
    return "YAML files for engine tests";
  }

  @Override
  public Class<YamlDocument> valueType() {
    return YamlDocument.class;
  }

  @Override
  public boolean claims(String relativePath) {
    return relativePath.endsWith(".test.yml");
  }

  @Override
  public Parsed<YamlDocument> read(SourceFile source) {
    return Yaml.read(source);
  }

  @Override
  public String write(YamlDocument value) {
    return value.root().map(Yaml::write).orElse("");
  }

  @Override
  public List<Rule<? super YamlDocument>> rules() {
    return List.of(FLAGGED, BOOM, AUDIT);
  }

  static List<RuleInfo> ruleInfos() {
    return List.of(FLAGGED.info(), BOOM.info(), AUDIT.info());
  }

  static CheckResult check(Policy policy, String name, String text) {
    TestYamlFormat format = new TestYamlFormat();
    return policy.check(format.read(SourceFile.of(name, text)), format);
  }
}
