package dev.devopskit.kit;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.kit.internal.DescriptorReader;
import dev.devopskit.kit.internal.DescriptorWriter;
import java.util.List;

/** The format {@code devops-descriptor}: the project descriptor {@code devops.yaml} at a repository's root. */
public final class DescriptorFormat implements Format<Descriptor> {

  @Override
  public String name() {
    return "devops-descriptor";
  }

  @Override
  public String description() {
    return "the project descriptor devops.yaml: facts devops-kit cannot detect";
  }

  @Override
  public Class<Descriptor> valueType() {
    return Descriptor.class;
  }

  @Override
  public boolean claims(String relativePath) {
    return relativePath.equals("devops.yaml") || relativePath.equals("devops.yml");
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Parsed<Descriptor> read(SourceFile source) {
    return DescriptorReader.read(source);
  }

  @Override
  public String write(Descriptor value) {
    return DescriptorWriter.write(value);
  }

  @Override
  public List<Rule<? super Descriptor>> rules() {
    return List.of();
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(DescriptorReader.SYNTAX, DescriptorReader.UNKNOWN_KEY);
  }
}
