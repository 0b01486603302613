package dev.devopskit.kit.internal.java;

import java.util.Map;
import java.util.Set;

/** Writes the class around a value's code: package, imports, constants, the value's method, helpers, {@code main}. */
public final class JavaClassWriter {
  private JavaClassWriter() {}

  /**
   * The source of a class that builds the value.
   *
   * @param origin the file the value was read from, named in the class comment; empty for none
   */
  public static String source(JavaKind kind, Object value, String packageName, String className, boolean withMain,
      String origin) {
    JavaEmitter emitter = new JavaEmitter(kind, className, Set.of(kind.methodName(), "main", JavaEmitter.ORDERED));
    String expression = emitter.expression(value);
    String valueType = emitter.type(kind.valueType());
    String print = withMain ? kind.printExpression(emitter, kind.methodName() + "()") : "";
    StringBuilder out = new StringBuilder();
    out.append("\n/**\n * ").append(origin.isEmpty() ? "A " : "The ").append(kind.methodName());
    if (!origin.isEmpty()) {
      out.append(" of {@code ").append(javadocText(origin)).append('}');
    }
    out.append(", built with devops-kit's API (written by {@code devops to-java}).\n */\n");
    out.append("public final class ").append(className).append(" {\n");
    for (Map.Entry<String, String> constant : emitter.constants().entrySet()) {
      out.append("  private static final String ").append(constant.getKey()).append(" = ")
          .append(JavaEmitter.indent(constant.getValue(), "      ")).append(";\n");
    }
    if (!emitter.constants().isEmpty()) {
      out.append('\n');
    }
    out.append("  private ").append(className).append("() {}\n\n");
    out.append("  /** The ").append(kind.methodName()).append(". */\n");
    out.append("  public static ").append(valueType).append(' ').append(kind.methodName()).append("() {\n");
    out.append("    return ").append(JavaEmitter.indent(expression, "    ")).append(";\n  }\n");
    for (String helper : emitter.helpers()) {
      out.append('\n').append(helper);
    }
    if (emitter.usesOrderedMaps()) {
      String map = emitter.type(Map.class);
      out.append("\n  /** A map with the entries in this order. */\n  @SafeVarargs\n")
          .append("  private static <K, V> ").append(map).append("<K, V> ").append(JavaEmitter.ORDERED).append("(")
          .append(map).append(".Entry<K, V>... entries) {\n")
          .append("    ").append(map).append("<K, V> map = new ").append(emitter.type(java.util.LinkedHashMap.class))
          .append("<>();\n")
          .append("    for (").append(map).append(".Entry<K, V> entry : entries) {\n")
          .append("      map.put(entry.getKey(), entry.getValue());\n    }\n    return map;\n  }\n");
    }
    if (withMain) {
      out.append("\n  /** Prints the ").append(kind.methodName()).append(" in canonical form. */\n");
      out.append("  public static void main(String[] args) {\n");
      out.append("    System.out.print(").append(print).append(");\n  }\n");
    }
    out.append("}\n");
    StringBuilder head = new StringBuilder();
    if (!packageName.isEmpty()) {
      head.append("package ").append(packageName).append(";\n\n");
    }
    for (String imported : emitter.imports()) {
      head.append("import ").append(imported).append(";\n");
    }
    return head.append(out).toString();
  }

  private static String javadocText(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e || c == '@' || c == '}' || c == '{' || c == '*' || c == '\\' ? '_' : c);
    }
    return out.toString();
  }
}
