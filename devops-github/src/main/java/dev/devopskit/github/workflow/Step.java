package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One step of a job: it {@code run}s a script or {@code uses} an action (or, in parallel steps, waits for,
 * cancels or groups other steps).
 *
 * <pre>{@code
 * Step.uses("actions/checkout@v4")
 * Step.uses("actions/setup-java@v4").withInput("distribution", "temurin").withInput("java-version", "21")
 * Step.builder().uses("actions/setup-node@v4").input("node-version", "22").input("cache", "npm").build()
 * Step.run("./mvnw -B verify").withName("Build")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Step implements WithStep {

  /** {@code name}: the step's label in the run. */
  public abstract Optional<String> name();

  /** {@code id}: lets later steps read this step's outputs. */
  public abstract Optional<String> id();

  /** {@code if}: the condition (an expression, with or without {@code ${{ }}}). */
  public abstract Optional<String> condition();

  /** {@code uses}: the action. */
  public abstract Optional<ActionRef> uses();

  /**
   * {@code with}: the action's inputs (for Docker actions also {@code args} and {@code entrypoint}). Named
   * {@code inputs} so that the copy method reads {@code withInputs(...)}.
   */
  public abstract Map<String, String> inputs();

  /** {@code with} as one expression, instead of {@code inputs()}. */
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

  /** {@code run}: the script. */
  public abstract Optional<String> run();

  /** {@code shell}: the shell of the script. */
  public abstract Optional<String> shell();

  /** {@code working-directory} of the script. */
  public abstract Optional<String> workingDirectory();

  /** {@code env}: environment variables of the step. */
  public abstract Map<String, String> env();

  /** {@code env} as one expression, instead of {@link #env()}. */
  public abstract Optional<String> envExpression();

  /** {@code continue-on-error}: {@code true}, {@code false} or an expression. */
  public abstract Optional<String> continueOnError();

  /** {@code timeout-minutes}: a number or an expression. */
  public abstract Optional<String> timeoutMinutes();

  /** {@code background}: the step runs while the next ones start. */
  public abstract Optional<Boolean> background();

  /** {@code wait}: ids of background steps to wait for. */
  public abstract List<String> await();

  /** {@code wait-all}: waits for every background step. */
  public abstract Optional<Boolean> waitAll();

  /** {@code cancel}: the id of a background step to cancel. */
  public abstract Optional<String> cancel();

  /** {@code parallel}: steps that run at the same time. */
  public abstract List<Step> parallel();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A step that runs a script. */
  public static Step run(String script) {
    return builder().run(script).build();
  }

  /** A step that uses an action, such as {@code actions/checkout@v4}. */
  public static Step uses(String action) {
    return builder().uses(ActionRef.of(action)).build();
  }

  /** A step that uses an action. */
  public static Step uses(ActionRef action) {
    return builder().uses(action).build();
  }

  /** A copy with one more {@code with} input. */
  public Step withInput(String name, String value) {
    return builder().from(this).putInput(name, value).build();
  }

  /** A copy with one more environment variable. */
  public Step withEnv(String name, String value) {
    return builder().from(this).putEnv(name, value).build();
  }

  /** Starts a step. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds steps. */
  public static final class Builder extends ImmutableStep.Builder {
    /** Sets {@code uses} from its text. */
    public Builder uses(String action) {
      return uses(ActionRef.of(action));
    }

    /** Adds one {@code with} input of the action. */
    public Builder input(String name, String value) {
      putInput(name, value);
      return this;
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

    /** Sets {@code with.args}: the arguments of a Docker container action. */
    public Builder args(String args) {
      putInput("args", args);
      return this;
    }

    /** Sets {@code with.entrypoint}: the entrypoint of a Docker container action. */
    public Builder entrypoint(String entrypoint) {
      putInput("entrypoint", entrypoint);
      return this;
    }

    /** Sets {@code timeout-minutes}. */
    public Builder timeoutMinutes(int minutes) {
      return timeoutMinutes(String.valueOf(minutes));
    }

    /** Sets {@code continue-on-error} to a constant. */
    public Builder continueOnError(boolean continueOnError) {
      return continueOnError(String.valueOf(continueOnError));
    }
  }

  /** Which of the exclusive keys the step has: {@code uses}, {@code run}, {@code wait}... */
  public List<String> actionKeys() {
    List<String> keys = new java.util.ArrayList<>();
    // plain tests rather than ifPresent(lambda): every step read is checked, and a cold run pays for each lambda
    if (uses().isPresent()) {
      keys.add("uses");
    }
    if (run().isPresent()) {
      keys.add("run");
    }
    if (!await().isEmpty()) {
      keys.add("wait");
    }
    if (waitAll().isPresent()) {
      keys.add("wait-all");
    }
    if (cancel().isPresent()) {
      keys.add("cancel");
    }
    if (!parallel().isEmpty()) {
      keys.add("parallel");
    }
    return keys;
  }

  @Value.Check
  protected void check() {
    List<String> keys = actionKeys();
    if (keys.size() != 1) {
      throw new IllegalArgumentException("step " + name().or(this::id).map(n -> "'" + n + "' ").orElse("")
          + (keys.isEmpty() ? "has neither 'run' nor 'uses'; give it a script with run(...) or an action with uses(...)"
              : "has " + String.join(" and ", keys) + "; a step does exactly one of them, split it into steps"));
    }
    if (id().isPresent()) {
      Ids.check("step id", id().get());
    }
    if ((shell().isPresent() || workingDirectory().isPresent()) && run().isEmpty()) {
      throw new IllegalArgumentException("step " + name().or(this::id).map(n -> "'" + n + "' ").orElse("")
          + "has shell or working-directory but no run; they apply to scripts only, remove them");
    }
    if (!inputs().isEmpty() && inputsExpression().isPresent()) {
      throw new IllegalArgumentException("step 'with' is either a map or one expression, not both");
    }
    if (!env().isEmpty() && envExpression().isPresent()) {
      throw new IllegalArgumentException("step 'env' is either a map or one expression, not both");
    }
    if (timeoutMinutes().isPresent()) {
      Numbers.positiveTimeout("step timeout-minutes", timeoutMinutes().get());
    }
    Set<String> seen = new HashSet<>();
    for (Step step : parallel()) {
      if (step.id().isPresent() && !seen.add(step.id().get())) {
        throw new IllegalArgumentException("parallel steps have the id '" + step.id().get()
            + "' twice; ids are unique");
      }
    }
  }
}
