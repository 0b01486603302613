package dev.devopskit.kit.internal.java;

import java.util.Optional;

/**
 * One kind of file as Java: the value type, the name of the method that returns it, the entry-class method that
 * prints it in canonical form, and the idiomatic factories of its model. The generic writing (builders,
 * collections, literals, constants, helper methods) is {@link JavaEmitter}'s; a kind adds only what its model has
 * beyond builders.
 */
public abstract class JavaKind {
  private final Class<?> valueType;
  private final String methodName;
  private final Class<?> entryClass;
  private final String printMethod;

  /**
   * A kind whose values are of {@code valueType}, returned by the generated {@code methodName()} and printed by
   * {@code entryClass.printMethod(value)}.
   */
  protected JavaKind(Class<?> valueType, String methodName, Class<?> entryClass, String printMethod) {
    this.valueType = valueType;
    this.methodName = methodName;
    this.entryClass = entryClass;
    this.printMethod = printMethod;
  }

  /** The type of value, such as {@code Workflow}. */
  public final Class<?> valueType() {
    return valueType;
  }

  /** The name of the static method that returns the value: {@code workflow}. */
  public final String methodName() {
    return methodName;
  }

  /** The expression that prints {@code value} in canonical form, such as {@code GitHubActions.text(value)}. */
  public final String printExpression(JavaEmitter emitter, String value) {
    return emitter.type(entryClass) + "." + printMethod + "(" + value + ")";
  }

  /** The idiomatic code for a value of the model (a static factory instead of a builder), if there is one. */
  public Optional<String> idiom(Object value, JavaEmitter emitter) {
    return Optional.empty();
  }

  /** The code for a string in this model (an expression through its expression API), if not a plain literal. */
  public Optional<String> string(String text, JavaEmitter emitter) {
    return Optional.empty();
  }
}
