package dev.devopskit.docker.internal.format;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.internal.dockerfile.DockerfileReader;
import dev.devopskit.docker.rules.DockerfileRules;
import java.util.List;
import java.util.Locale;

/** The {@code dockerfile} format: {@code Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*}. */
public final class DockerfileFormat implements Format<Dockerfile> {

  /** Creates the format (for the service loader). */
  public DockerfileFormat() {}

  @Override
  public String name() {
    return "dockerfile";
  }

  @Override
  public String description() {
    return "Dockerfiles (Dockerfile, *.Dockerfile, Dockerfile.*, docker/Dockerfile)";
  }

  @Override
  public Class<Dockerfile> valueType() {
    return Dockerfile.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.equals("dockerfile") || name.endsWith(".dockerfile")) {
      return true;
    }
    return name.startsWith("dockerfile.") && !name.endsWith(".dockerignore") && !name.endsWith(".md");
  }

  @Override
  public Parsed<Dockerfile> read(SourceFile source) {
    return Dockerfiles.read(source);
  }

  @Override
  public String write(Dockerfile value) {
    return Dockerfiles.text(value, WriteOptions.noHeader());
  }

  @Override
  public List<Rule<? super Dockerfile>> rules() {
    return DockerfileRules.all();
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(DockerfileReader.SYNTAX, DockerfileReader.DEPRECATED, CoreRules.ENCODING, CoreRules.TOO_LARGE,
        CoreRules.UNREADABLE);
  }
}
