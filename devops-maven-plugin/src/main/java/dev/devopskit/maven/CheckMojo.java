package dev.devopskit.maven;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.files.AtomicFile;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.report.Reports;
import dev.devopskit.kit.check.CheckPolicy;
import dev.devopskit.kit.check.RepositoryCheck;
import dev.devopskit.maven.internal.FindingLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code devops:check}: checks the project's repository (or the configured paths) with every devops-kit format
 * and the cross-file rules, writes {@code target/devops/report.sarif} and {@code report.json}, logs the findings as
 * {@code file:[line,column]} so IDEs link them, and fails the build when a finding at or above {@code failOn}
 * remains.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The folder the check starts from; the policy file is looked up there. */
  @Parameter(property = "devops.root", defaultValue = "${project.basedir}")
  File root;

  /** Files or folders to check, relative to the root or absolute (default: the root). */
  @Parameter(property = "devops.paths")
  List<File> paths = new ArrayList<>();

  /** The policy file (default: {@code .devops-kit.yml} in the root, when present). */
  @Parameter(property = "devops.policy")
  File policy;

  /**
   * The rule profile: {@code recommended}, {@code trunk} or {@code strict}; replaces the policy file's (default: the
   * policy file's, else recommended).
   */
  @Parameter(property = "devops.profile")
  String profile;

  /** Fail when a finding at or above this severity remains: error, warning, note or none. */
  @Parameter(property = "devops.failOn", defaultValue = "error")
  String failOn;

  /** A baseline file: the findings whose fingerprints it lists are accepted. */
  @Parameter(property = "devops.baseline")
  File baseline;

  /** Skips the check. */
  @Parameter(property = "devops.skip", defaultValue = "false")
  boolean skip;

  /** The most findings logged; the reports hold every one. */
  @Parameter(property = "devops.maxLogged", defaultValue = "100")
  int maxLogged;

  /** Where report.sarif and report.json are written. */
  @Parameter(defaultValue = "${project.build.directory}/devops", required = true)
  File outputDirectory;

  /** Creates the mojo; Maven sets the parameters. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("devops-kit check skipped (devops.skip)");
      return;
    }
    Optional<Severity> threshold = threshold(failOn);
    Optional<Profile> chosenProfile = Optional.empty();
    if (profile != null && !profile.isBlank()) {
      chosenProfile = Optional.of(Profile.parse(profile).orElseThrow(() -> new MojoExecutionException(
          "devops-kit: <profile> must be recommended, trunk or strict, not '" + profile + "'")));
    }
    Path base = root.toPath();
    List<Path> targets = new ArrayList<>();
    for (File path : paths) {
      Path target = base.resolve(path.toPath());
      if (!target.toFile().exists()) {
        throw new MojoExecutionException("devops-kit: no such file or folder in <paths>: " + target);
      }
      targets.add(target);
    }
    if (targets.isEmpty()) {
      targets.add(base);
    }
    CheckResult result;
    try {
      Formats formats = Formats.installed();
      CheckPolicy chosen = CheckPolicy.load(formats, Optional.ofNullable(policy).map(File::toPath), base);
      chosen = chosenProfile.isEmpty() ? chosen : chosen.withProfile(chosenProfile.get());
      chosen = baseline == null ? chosen : chosen.withBaseline(baseline.toPath());
      result = chosen.addFindingsTo(RepositoryCheck.of(formats, chosen.policy()).check(base, targets));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("devops-kit: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("devops-kit: the check could not read " + base + ": " + e.getMessage(), e);
    }
    Path sarif = outputDirectory.toPath().resolve("report.sarif");
    Path json = outputDirectory.toPath().resolve("report.json");
    try {
      AtomicFile.write(sarif, Reports.sarif(result));
      AtomicFile.write(json, Reports.json(result));
    } catch (IOException e) {
      throw new MojoExecutionException("devops-kit: could not write the reports to " + outputDirectory, e);
    }
    FindingLog log = new FindingLog(getLog(), base);
    int logged = log.findings(result, maxLogged);
    getLog().info("devops-kit: " + Reports.summary(result) + "; reports: " + sarif + ", " + json);
    if (threshold.isPresent() && result.hasFindingsAtLeast(threshold.get())) {
      throw new MojoFailureException(FindingLog.failure(result, threshold.get(), logged, json));
    }
  }

  private static Optional<Severity> threshold(String failOn) throws MojoExecutionException {
    if (failOn.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    return Optional.of(Severity.parse(failOn).orElseThrow(() -> new MojoExecutionException(
        "devops-kit: <failOn> must be error, warning, note or none, not '" + failOn + "'")));
  }
}
