package dev.devopskit.docker.internal.format;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import java.util.List;

/** The {@code dockerignore} format: {@code .dockerignore} and {@code *.dockerignore}. */
public final class DockerIgnoreFormat implements Format<DockerIgnore> {

  /** Creates the format (for the service loader). */
  public DockerIgnoreFormat() {}

  @Override
  public String name() {
    return "dockerignore";
  }

  @Override
  public String description() {
    return ".dockerignore files (patterns left out of the build context)";
  }

  @Override
  public Class<DockerIgnore> valueType() {
    return DockerIgnore.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return name.equals(".dockerignore") || name.endsWith(".dockerignore");
  }

  @Override
  public Parsed<DockerIgnore> read(SourceFile source) {
    return Dockerfiles.readIgnore(source);
  }

  @Override
  public String write(DockerIgnore value) {
    return Dockerfiles.text(value);
  }

  @Override
  public List<Rule<? super DockerIgnore>> rules() {
    return List.of();
  }
}
