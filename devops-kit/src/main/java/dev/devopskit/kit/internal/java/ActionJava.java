package dev.devopskit.kit.internal.java;

import dev.devopskit.github.Actions;
import dev.devopskit.github.action.Action;
import java.util.Optional;

/**
 * Composite, JavaScript and Docker actions ({@code action.yml}) as Java: the action's builders, and for the steps of
 * a composite action the same factories and {@code Expr} calls as in workflows.
 */
public final class ActionJava extends JavaKind {
  private final WorkflowJava workflows = new WorkflowJava();

  /** The kind. */
  public ActionJava() {
    super(Action.class, "action", Actions.class, "text");
  }

  @Override
  public Optional<String> idiom(Object value, JavaEmitter emitter) {
    return workflows.idiom(value, emitter);
  }

  @Override
  public Optional<String> string(String text, JavaEmitter emitter) {
    return workflows.string(text, emitter);
  }
}
