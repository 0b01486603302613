package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A job: either steps that run on a runner ({@code runs-on}, {@code steps}) or a call of a reusable workflow
 * ({@code uses}, {@code with}, {@code secrets}).
 *
 * <pre>{@code
 * Job.runsOn("ubuntu-latest").withSteps(Step.uses("actions/checkout@v4"), Step.run("make test"))
 * Job.call("./.github/workflows/deploy.yml").withNeeds("build").withInheritSecrets(true)
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Job implements WithJob {

  /** {@code name}: the job's label in the run. */
  public abstract Optional<String> name();

  /** {@code cache-mode}: the access to the Actions cache: {@code read}, {@code write}, {@code write-only} or {@code none}. */
  public abstract Optional<String> cacheMode();

  /** {@code permissions} of the token in this job. */
  public abstract Optional<Permissions> permissions();

  /** {@code needs}: ids of the jobs that must succeed first. */
  public abstract List<String> needs();

  /** {@code if}: the condition. */
  public abstract Optional<String> condition();

  /** {@code runs-on}: the runner. */
  public abstract Optional<RunsOn> runsOn();

  /** {@code snapshot}: the custom image this job's runner is saved as, kept as written. */
  public abstract Optional<YamlNode> snapshot();

  /** {@code environment}: the deployment environment. */
  public abstract Optional<JobEnvironment> environment();

  /** {@code concurrency} of this job. */
  public abstract Optional<Concurrency> concurrency();

  /** {@code outputs}: values other jobs read through {@code needs}. */
  public abstract Map<String, String> outputs();

  /** {@code env}: environment variables of every step. */
  public abstract Map<String, String> env();

  /** {@code env} as one expression, instead of {@link #env()}. */
  public abstract Optional<String> envExpression();

  /** {@code defaults.run}. */
  public abstract Optional<Defaults> defaults();

  /** {@code timeout-minutes}: a number or an expression. */
  public abstract Optional<String> timeoutMinutes();

  /** {@code strategy}: the matrix. */
  public abstract Optional<Strategy> strategy();

  /** {@code continue-on-error}: {@code true}, {@code false} or an expression. */
  public abstract Optional<String> continueOnError();

  /** {@code container}: the container the steps run in. */
  public abstract Optional<Container> container();

  /** {@code services}: containers beside the job, by id. */
  public abstract Map<String, Container> services();

  /** {@code services} as one expression ({@code ${{ fromJSON(inputs.services) }}}), instead of {@link #services()}. */
  public abstract Optional<String> servicesExpression();

  /**
   * {@code uses}: the reusable workflow this job calls (an expression is kept as read from a file, which GitHub
   * rejects: the reader reports it).
   */
  public abstract Optional<ActionRef> uses();

  /**
   * {@code with}: the inputs of the called workflow. Named {@code inputs} so that the copy method reads
   * {@code withInputs(...)}.
   */
  public abstract Map<String, String> inputs();

  /** {@code with} as one expression. */
  public abstract Optional<String> inputsExpression();

  /**
   * {@code with} under its YAML name: the same as {@link #inputs()}.
   *
   * @deprecated use {@link #inputs()}; kept while code written against the old attribute name moves
   */
  @Deprecated(forRemoval = true)
  public Map<String, String> with() {
    return inputs();
  }

  /**
   * {@code with} as one expression, under its YAML name: the same as {@link #inputsExpression()}.
   *
   * @deprecated use {@link #inputsExpression()}; kept while code written against the old attribute name moves
   */
  @Deprecated(forRemoval = true)
  public Optional<String> withExpression() {
    return inputsExpression();
  }

  /** {@code secrets}: the secrets passed to the called workflow. */
  public abstract Map<String, String> secrets();

  /** {@code secrets: inherit}: the called workflow gets every secret of the caller. */
  @Value.Default
  public boolean inheritSecrets() {
    return false;
  }

  /** {@code steps}. */
  public abstract List<Step> steps();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Whether this job calls a reusable workflow. */
  public boolean isCall() {
    return uses().isPresent();
  }

  /** A job on a runner with one label, such as {@code ubuntu-latest}. */
  public static Job runsOn(String label) {
    return builder().runsOn(RunsOn.label(label)).build();
  }

  /** A job that calls a reusable workflow, such as {@code ./.github/workflows/deploy.yml}. */
  public static Job call(String workflow) {
    return builder().uses(ActionRef.of(workflow)).build();
  }

  /** Starts a job. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds jobs. */
  public static final class Builder extends ImmutableJob.Builder {
    /** Sets {@code runs-on} to one label. */
    public Builder runsOn(String label) {
      return runsOn(RunsOn.label(label));
    }

    /** Sets {@code uses} from its text. */
    public Builder uses(String workflow) {
      return uses(ActionRef.of(workflow));
    }

    /** Sets {@code timeout-minutes}. */
    public Builder timeoutMinutes(int minutes) {
      return timeoutMinutes(String.valueOf(minutes));
    }

    /**
     * Adds one {@code with} input.
     *
     * @deprecated use {@code putInput}; kept while readers written against the old attribute name move
     */
    @Deprecated(forRemoval = true)
    public Builder putWith(String name, String value) {
      putInput(name, value);
      return this;
    }

    /**
     * Adds {@code with} inputs.
     *
     * @deprecated use {@code putAllInputs}; kept while readers written against the old attribute name move
     */
    @Deprecated(forRemoval = true)
    public Builder putAllWith(Map<String, String> inputs) {
      putAllInputs(inputs);
      return this;
    }

    /**
     * Sets {@code with} as one expression (no expression when null).
     *
     * @deprecated use {@code inputsExpression}; kept while readers written against the old attribute name move
     */
    @Deprecated(forRemoval = true)
    public Builder withExpression(String expression) {
      inputsExpression(expression);
      return this;
    }
  }

  @Value.Check
  protected void check() {
    if (isCall()) {
      List<String> extra = new ArrayList<>();
      runsOn().ifPresent(x -> extra.add("runs-on"));
      environment().ifPresent(x -> extra.add("environment"));
      container().ifPresent(x -> extra.add("container"));
      defaults().ifPresent(x -> extra.add("defaults"));
      timeoutMinutes().ifPresent(x -> extra.add("timeout-minutes"));
      continueOnError().ifPresent(x -> extra.add("continue-on-error"));
      if (!services().isEmpty() || servicesExpression().isPresent()) {
        extra.add("services");
      }
      if (!steps().isEmpty()) {
        extra.add("steps");
      }
      if (!outputs().isEmpty()) {
        extra.add("outputs");
      }
      if (!env().isEmpty() || envExpression().isPresent()) {
        extra.add("env");
      }
      if (!extra.isEmpty()) {
        throw new IllegalArgumentException("a job that calls a reusable workflow (uses) cannot have "
            + String.join(", ", extra) + "; set them in the called workflow");
      }
      ActionRef.Kind kind = uses().get().kind();
      if (kind != ActionRef.Kind.EXPRESSION && (!uses().get().isWorkflow() || kind == ActionRef.Kind.DOCKER)) {
        throw new IllegalArgumentException("job uses '" + uses().get().text() + "' must name a workflow file: "
            + "'owner/repo/.github/workflows/file.yml@ref' or './.github/workflows/file.yml'");
      }
      if (inheritSecrets() && !secrets().isEmpty()) {
        throw new IllegalArgumentException("job secrets are either 'inherit' or a map, not both");
      }
    } else {
      if (runsOn().isEmpty()) {
        throw new IllegalArgumentException("job has no runs-on; give it a runner such as runsOn(\"ubuntu-latest\") "
            + "or make it call a workflow with uses(...)");
      }
      if (!inputs().isEmpty() || inputsExpression().isPresent() || !secrets().isEmpty() || inheritSecrets()) {
        throw new IllegalArgumentException("job has with or secrets but no uses; they belong to workflow calls");
      }
    }
    if (!env().isEmpty() && envExpression().isPresent()) {
      throw new IllegalArgumentException("job 'env' is either a map or one expression, not both");
    }
    if (!services().isEmpty() && servicesExpression().isPresent()) {
      throw new IllegalArgumentException("job 'services' is either a map or one expression, not both");
    }
    if (cacheMode().isPresent()) {
      CacheModes.check("job cache-mode", cacheMode().get());
    }
    for (String need : needs()) {
      Ids.check("needs", need);
    }
    for (String service : services().keySet()) {
      Ids.check("service id", service);
    }
    if (timeoutMinutes().isPresent()) {
      Numbers.positiveTimeout("job timeout-minutes", timeoutMinutes().get());
    }
    Set<String> ids = new HashSet<>();
    collectIds(steps(), ids);
  }

  private static void collectIds(List<Step> steps, Set<String> ids) {
    for (Step step : steps) {
      if (step.id().isPresent() && !ids.add(step.id().get())) {
        throw new IllegalArgumentException("two steps have the id '" + step.id().get()
            + "'; step ids are unique in a job");
      }
      collectIds(step.parallel(), ids);
    }
  }
}
