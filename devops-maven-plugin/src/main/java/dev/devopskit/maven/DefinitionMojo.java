package dev.devopskit.maven;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.maven.internal.Definitions;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code devops:generate} and {@code devops:drift} share: the repository definition, a class implementing
 * {@code dev.devopskit.kit.RepositoryDefinition} compiled in the same project (test or main code), and the root
 * its files are relative to.
 */
public abstract class DefinitionMojo extends AbstractMojo {
  /** The fully qualified name of the class implementing {@code RepositoryDefinition}. */
  @Parameter(property = "devops.definition", required = true)
  String definition;

  /** The repository root the definition's paths are relative to. */
  @Parameter(property = "devops.root", defaultValue = "${project.basedir}")
  File root;

  /** The project's test class path (test classes, classes, dependencies), where the definition is looked up. */
  @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true, required = true)
  List<String> classpath = new ArrayList<>();

  /** Skips the goal. */
  @Parameter(property = "devops.skip", defaultValue = "false")
  boolean skip;

  /** Creates the mojo; Maven sets the parameters. */
  protected DefinitionMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("devops-kit " + goal() + " skipped (devops.skip)");
      return;
    }
    List<GeneratedFile> files;
    try {
      files = Definitions.files(definition, classpath, getClass().getClassLoader());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("devops-kit: " + e.getMessage());
    }
    try {
      run(Generation.in(root.toPath()), files);
    } catch (IOException e) {
      throw new MojoExecutionException("devops-kit: " + goal() + " failed on the files of " + definition
          + " under " + root + ": " + e.getMessage(), e);
    }
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /** Writes or compares the definition's files. */
  abstract void run(Generation generation, List<GeneratedFile> files)
      throws IOException, MojoExecutionException, MojoFailureException;
}
