package dev.devopskit.kit.internal.java;

import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a value of the model as Java code that builds it with the public API: the model's builders (found by
 * reflection over the Immutables convention: {@code X.builder()}, one setter per attribute), literals, collections,
 * YAML nodes, and whatever factories the {@link JavaKind} knows. It collects the class around that code: imports,
 * constants for strings used three times or more, and helper methods that keep every method far below the JVM's 64 KB
 * code limit.
 */
public final class JavaEmitter {
  /** A method body longer than this many characters gets its largest parts moved into helper methods. */
  static final int METHOD_LIMIT = 12_000;
  /** A part shorter than this is never moved out: the call would not be much shorter. */
  private static final int SMALLEST_HELPER = 200;
  private static final int LINE = 100;
  private static final int CONSTANT_USES = 3;
  /** The name of the generated helper that builds a map in its order. */
  public static final String ORDERED = "ordered";
  private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new java.util.concurrent.ConcurrentHashMap<>();

  private final JavaKind kind;
  private final Map<String, String> imports = new TreeMap<>();
  private final Map<String, Integer> stringUses = new HashMap<>();
  private final Map<String, String> constantNames = new LinkedHashMap<>();
  private final Map<String, String> constantValues = new LinkedHashMap<>();
  private final Set<String> names = new java.util.HashSet<>();
  private final List<String> helpers = new ArrayList<>();
  private boolean usesOrderedMaps;

  /** A piece of code, with its Java type when it may become a helper method, and a name hint for that method. */
  public record Code(String text, String type, String hint) {
    static Code of(String text) {
      return new Code(text, null, null);
    }
  }

  /** Starts the code of one class; {@code reserved} are the class's own member names. */
  public JavaEmitter(JavaKind kind, String className, Set<String> reserved) {
    this.kind = kind;
    names.add(className);
    names.addAll(reserved);
    // a type of the model with the class's own name is written qualified
    imports.put(className, "");
  }

  /** The expression that builds the value, after counting its strings for constants. */
  public String expression(Object value) {
    count(value);
    return fit(code(value)).text();
  }

  /** The imports the code needs, sorted. */
  public List<String> imports() {
    TreeSet<String> sorted = new TreeSet<>(imports.values());
    sorted.remove("");
    return List.copyOf(sorted);
  }

  /** The constants, as {@code name -> initializer}, in the order of first use. */
  public Map<String, String> constants() {
    return constantValues;
  }

  /** The helper methods, complete. */
  public List<String> helpers() {
    return helpers;
  }

  /** The name of a type in the code: simple when it can be imported, qualified when the simple name is taken. */
  public String type(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String nested = type.getCanonicalName().substring(top.getCanonicalName().length());
    if (top.getPackageName().equals("java.lang")) {
      return top.getSimpleName() + nested;
    }
    String known = imports.get(top.getSimpleName());
    if (known == null) {
      imports.put(top.getSimpleName(), top.getName());
    } else if (!known.equals(top.getName())) {
      return type.getCanonicalName();
    }
    return top.getSimpleName() + nested;
  }

  /** The code of any value of the model. */
  public Code code(Object value) {
    Optional<String> idiom = kind.idiom(value, this);
    if (idiom.isPresent()) {
      return new Code(idiom.get(), typeOfValue(value), null);
    }
    if (value instanceof String text) {
      return Code.of(string(text));
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return Code.of(value.toString());
    }
    if (value instanceof Long number) {
      return Code.of(number + "L");
    }
    if (value instanceof Double number) {
      return Code.of(number.isNaN() || number.isInfinite() ? "Double." + (number.isNaN() ? "NaN"
          : number > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY") : number.toString());
    }
    if (value instanceof Enum<?> constant) {
      return Code.of(type(constant.getDeclaringClass()) + "." + constant.name());
    }
    if (value instanceof YamlNode node) {
      return yaml(node);
    }
    if (value instanceof Collection<?> items) {
      return list(items);
    }
    if (value instanceof Optional<?> optional) {
      return Code.of(type(Optional.class) + (optional.isPresent() ? ".of(" + code(optional.get()).text() + ")"
          : ".empty()"));
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    Optional<Class<?>> model = modelType(value.getClass());
    Class<?> type = model.orElse(value.getClass());
    Optional<String> constant = nullaryFactory(value, type);
    if (constant.isPresent()) {
      return new Code(constant.get(), model.isPresent() ? type(type) : null, null);
    }
    if (model.isPresent()) {
      return builder(value, model.get());
    }
    Optional<String> factory = textFactory(value);
    if (factory.isPresent()) {
      return Code.of(factory.get());
    }
    if (value instanceof Record record && Modifier.isPublic(record.getClass().getModifiers())) {
      return record(record);
    }
    throw new IllegalArgumentException("no Java form for a value of type " + value.getClass().getName());
  }

  /**
   * The call {@code Type.factory(arguments)} when calling it gives back an equal value: the generated code then
   * builds exactly what was read. Arguments are strings (a last {@code String[]} is written as varargs).
   */
  public Optional<String> factory(Object value, Class<?> type, String factory, Object... arguments) {
    Class<?>[] parameters = new Class<?>[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      parameters[i] = arguments[i] instanceof String[] ? String[].class : arguments[i].getClass();
    }
    try {
      Object candidate = type.getMethod(factory, parameters).invoke(null, arguments);
      if (!value.equals(candidate)) {
        return Optional.empty();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (Object argument : arguments) {
      if (argument instanceof String[] array) {
        for (String item : array) {
          texts.add(string(item));
        }
      } else {
        texts.add(code(argument).text());
      }
    }
    return Optional.of(call(type(type) + "." + factory, texts));
  }

  /** The code of a string: a constant when it is used often, else the kind's expression or a literal. */
  public String string(String text) {
    String constant = constantNames.get(text);
    if (constant != null) {
      return constant;
    }
    String code = kind.string(text, this).orElseGet(() -> JavaLiterals.string(text));
    if (stringUses.getOrDefault(text, 0) >= CONSTANT_USES && text.length() >= 4 && text.length() <= 200
        && text.indexOf('\n') < 0 && !text.equals("true") && !text.equals("false")) {
      String name = uniqueName(constantName(text));
      constantNames.put(text, name);
      constantValues.put(name, code);
      return name;
    }
    return code;
  }

  /** Calls joined as a chain: on one line when short, else one call a line. */
  public String chain(String head, List<String> calls) {
    int length = head.length();
    boolean multiLine = false;
    for (String call : calls) {
      length += call.length();
      multiLine |= call.indexOf('\n') >= 0;
    }
    if (!multiLine && length <= LINE) {
      return head + String.join("", calls);
    }
    StringBuilder out = new StringBuilder(head);
    for (String call : calls) {
      out.append("\n    ").append(indent(call, "    "));
    }
    return out.toString();
  }

  /** A call of a method or factory with arguments: on one line when short, else one argument a line. */
  public String call(String head, List<String> arguments) {
    int length = head.length();
    boolean multiLine = false;
    for (String argument : arguments) {
      length += argument.length() + 2;
      multiLine |= argument.indexOf('\n') >= 0;
    }
    if (!multiLine && length <= LINE) {
      return head + "(" + String.join(", ", arguments) + ")";
    }
    StringBuilder out = new StringBuilder(head).append('(');
    for (int i = 0; i < arguments.size(); i++) {
      out.append(i == 0 ? "\n    " : ",\n    ").append(indent(arguments.get(i), "    "));
    }
    return out.append(')').toString();
  }

  /** The code of the value built with its builder. */
  Code builder(Object value, Class<?> model) {
    List<Code> parts = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (Attribute attribute : attributes(model)) {
      Object attributeValue = attribute.get(value);
      if (isEmpty(attributeValue) || attribute.isDefault() && isDefault(value, model, attribute)) {
        continue;
      }
      if (attributeValue instanceof Map<?, ?> map && attribute.put() != null) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          Code entryValue = code(entry.getValue());
          parts.add(new Code(entryValue.text(), entryValue.type(), String.valueOf(entry.getKey())));
          prefixes.add("." + attribute.put() + "(" + code(entry.getKey()).text() + ", ");
        }
        continue;
      }
      Object plain = attributeValue instanceof Optional<?> optional ? optional.get()
          : attributeValue instanceof OptionalInt optionalInt ? optionalInt.getAsInt() : attributeValue;
      if (plain instanceof Map<?, ?>) {
        throw new IllegalArgumentException("no Java form for the map " + model.getSimpleName() + "."
            + attribute.name());
      }
      if (plain instanceof Collection<?> items) {
        List<Code> chunks = chunks(items, attribute.name());
        if (chunks.size() == 1) {
          parts.add(chunks.get(0));
          prefixes.add("." + attribute.name() + "(");
        } else {
          String addAll = "addAll" + Character.toUpperCase(attribute.name().charAt(0)) + attribute.name().substring(1);
          for (Code chunk : chunks) {
            parts.add(chunk);
            prefixes.add("." + addAll + "(");
          }
        }
        continue;
      }
      parts.add(textOverload(plain, model, attribute).map(Code::of).orElseGet(() -> code(plain)));
      prefixes.add("." + attribute.name() + "(");
    }
    fitParts(parts);
    List<String> calls = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      calls.add(prefixes.get(i) + parts.get(i).text() + ")");
    }
    calls.add(".build()");
    return new Code(chain(type(model) + ".builder()", calls), type(model), null);
  }

  /**
   * A value with a text factory ({@code ActionRef.of(text)}) given to a setter that takes the text too
   * ({@code uses(String)}): the text alone.
   */
  private Optional<String> textOverload(Object value, Class<?> model, Attribute attribute) {
    if (value instanceof String || modelType(value.getClass()).isEmpty() && textFactory(value).isEmpty()) {
      return Optional.empty();
    }
    try {
      builderType(model).getMethod(attribute.name(), String.class);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    return factoryText(value).map(this::string);
  }

  /**
   * A map in its order, through the class's {@code ordered(Map.entry(...), ...)} helper: {@code Map.of} would lose
   * the order, and with it the order the canonical form prints.
   */
  private Code map(Map<?, ?> map) {
    if (map.isEmpty()) {
      return Code.of(type(Map.class) + ".of()");
    }
    usesOrderedMaps = true;
    List<Code> values = new ArrayList<>();
    for (Object item : map.values()) {
      values.add(code(item));
    }
    fitParts(values);
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (Object key : map.keySet()) {
      entries.add(call(type(Map.class) + ".entry", List.of(code(key).text(), values.get(i++).text())));
    }
    return Code.of(call(ORDERED, entries));
  }

  /**
   * A record: its {@code of} factory when one takes the components (empty optionals left out, present ones
   * unwrapped) and gives the same value, else its canonical constructor.
   */
  private Code record(Record record) {
    java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
    List<Object> values = new ArrayList<>();
    List<Object> plain = new ArrayList<>();
    for (java.lang.reflect.RecordComponent component : components) {
      try {
        Object value = component.getAccessor().invoke(record);
        values.add(value);
        if (!isEmpty(value)) {
          plain.add(value instanceof Optional<?> optional ? optional.get() : value);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read " + component.getName() + " of " + record, e);
      }
    }
    String type = type(record.getClass());
    for (Method method : record.getClass().getMethods()) {
      if (method.getName().equals("of") && Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == plain.size() && accepts(method, plain)) {
        try {
          if (record.equals(method.invoke(null, plain.toArray()))) {
            return new Code(call(type + ".of", plain.stream().map(v -> code(v).text()).toList()), type, null);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // this factory does not take these values: the constructor does
        }
      }
    }
    return new Code(call("new " + type, values.stream().map(v -> code(v).text()).toList()), type, null);
  }

  private static boolean accepts(Method method, List<Object> arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = parameters[i].isPrimitive() ? boxed(parameters[i]) : parameters[i];
      if (!parameter.isInstance(arguments.get(i)) || parameters[i].isArray()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    return primitive == boolean.class ? Boolean.class : primitive == int.class ? Integer.class
        : primitive == long.class ? Long.class : primitive == double.class ? Double.class : Object.class;
  }

  /** Whether the code calls the class's {@code ordered} map helper, which the class then declares. */
  public boolean usesOrderedMaps() {
    return usesOrderedMaps;
  }

  /**
   * A collection too large for one method as calls of helper methods that each return a part of it, for the
   * builder's {@code addAll...}; the one list when it fits (or its elements have no common type).
   */
  private List<Code> chunks(Collection<?> items, String attribute) {
    String element = null;
    boolean common = true;
    List<Code> codes = new ArrayList<>();
    for (Object item : items) {
      Code code = code(item);
      codes.add(code);
      String type = item instanceof String ? "String" : code.type();
      common &= type != null && (element == null || element.equals(type));
      element = type;
    }
    fitParts(codes);
    long total = codes.stream().mapToLong(c -> c.text().length()).sum();
    if (total <= METHOD_LIMIT || !common) {
      return List.of(Code.of(call(type(List.class) + ".of", codes.stream().map(Code::text).toList())));
    }
    List<Code> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    long size = 0;
    for (Code code : codes) {
      if (size + code.text().length() > METHOD_LIMIT / 2 && !chunk.isEmpty()) {
        chunks.add(helper(new Code(call(type(List.class) + ".of", chunk), type(List.class) + "<" + element + ">",
            null), lowerCamel(attribute)));
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(code.text());
      size += code.text().length();
    }
    chunks.add(helper(new Code(call(type(List.class) + ".of", chunk), type(List.class) + "<" + element + ">", null),
        lowerCamel(attribute)));
    return chunks;
  }

  private Code list(Collection<?> items) {
    List<Code> codes = new ArrayList<>();
    for (Object item : items) {
      codes.add(code(item));
    }
    fitParts(codes);
    List<String> texts = codes.stream().map(Code::text).toList();
    return Code.of(call(type(List.class) + ".of", texts));
  }

  private Code yaml(YamlNode node) {
    Optional<String> tag = node.tag();
    if (node instanceof YamlScalar scalar) {
      String text = string(scalar.value());
      if (tag.isEmpty()) {
        Optional<String> plain = switch (scalar.kind()) {
          case STRING -> Optional.of("string(" + text + ")");
          case NULL -> Optional.of("nullValue()");
          case BOOLEAN -> scalar.asBoolean().filter(b -> YamlScalar.bool(b).equals(scalar))
              .map(b -> "bool(" + b + ")");
          case INTEGER, FLOAT -> numberScalar(scalar).map(n -> "number(" + text + ")");
        };
        if (plain.isPresent()) {
          return Code.of(type(YamlScalar.class) + "." + plain.get());
        }
      }
      return Code.of(type(YamlScalar.class) + ".read(" + text + ", " + type(YamlScalar.Kind.class) + "."
          + scalar.kind().name() + ", " + type(YamlScalar.Style.class) + "." + scalar.style().name() + ", null, "
          + tag.map(this::string).orElse("null") + ")");
    }
    if (node instanceof YamlSequence sequence) {
      List<Code> items = new ArrayList<>();
      for (YamlNode item : sequence.items()) {
        items.add(yaml(item));
      }
      fitParts(items);
      String list = call(type(List.class) + ".of", items.stream().map(Code::text).toList());
      return Code.of(tag.isEmpty() ? type(YamlSequence.class) + ".of(" + list + ")"
          : type(YamlSequence.class) + ".read(" + list + ", null, " + string(tag.get()) + ")");
    }
    YamlMapping mapping = (YamlMapping) node;
    boolean plainKeys = tag.isEmpty() && mapping.entries().stream()
        .allMatch(e -> e.key().equals(YamlScalar.string(e.key().value())));
    List<Code> values = new ArrayList<>();
    for (YamlMapping.Entry entry : mapping.entries()) {
      values.add(yaml(entry.value()));
    }
    fitParts(values);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      YamlMapping.Entry entry = mapping.entries().get(i);
      parts.add(plainKeys ? ".put(" + string(entry.key().value()) + ", " + values.get(i).text() + ")"
          : "new " + type(YamlMapping.Entry.class) + "(" + yaml(entry.key()).text() + ", " + values.get(i).text()
              + ")");
    }
    if (plainKeys) {
      if (parts.isEmpty()) {
        return Code.of(type(YamlMapping.class) + ".empty()");
      }
      List<String> calls = new ArrayList<>(parts);
      calls.add(".build()");
      return new Code(chain(type(YamlMapping.class) + ".builder()", calls), type(YamlMapping.class), null);
    }
    return Code.of(type(YamlMapping.class) + ".read(" + call(type(List.class) + ".of", parts) + ", null, "
        + tag.map(this::string).orElse("null") + ")");
  }

  private static Optional<String> numberScalar(YamlScalar scalar) {
    try {
      return YamlScalar.number(scalar.value()).equals(scalar) ? Optional.of(scalar.value()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Moves the largest parts into helper methods until the parts together fit in a method. */
  private void fitParts(List<Code> parts) {
    long total = parts.stream().mapToLong(p -> p.text().length()).sum();
    while (total > METHOD_LIMIT) {
      int largest = -1;
      for (int i = 0; i < parts.size(); i++) {
        Code part = parts.get(i);
        if (part.type() != null && part.text().length() >= SMALLEST_HELPER
            && (largest < 0 || part.text().length() > parts.get(largest).text().length())) {
          largest = i;
        }
      }
      if (largest < 0) {
        return;
      }
      Code part = parts.get(largest);
      total -= part.text().length();
      Code call = helper(part);
      total += call.text().length();
      parts.set(largest, call);
    }
  }

  /** The whole value fits in one method, or moves into a helper. */
  private Code fit(Code code) {
    return code.text().length() > METHOD_LIMIT && code.type() != null ? helper(code) : code;
  }

  private Code helper(Code part) {
    return helper(part, part.hint() == null ? lowerCamel(part.type()) : lowerCamel(part.hint()) + part.type());
  }

  private Code helper(Code part, String base) {
    String name = uniqueName(base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0)) ? "part" : base);
    helpers.add("  private static " + part.type() + " " + name + "() {\n    return "
        + indent(part.text(), "    ") + ";\n  }\n");
    return Code.of(name + "()");
  }

  private String uniqueName(String base) {
    String name = base;
    for (int i = 2; !JavaLiterals.isName(name) || !names.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** Indents every line after the first that is not empty. */
  public static String indent(String text, String indent) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      out.append(text, start, end + 1);
      start = end + 1;
      if (start < text.length() && text.charAt(start) != '\n') {
        out.append(indent);
      }
    }
    return out.append(text, start, text.length()).toString();
  }

  private static String constantName(String text) {
    StringBuilder name = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        name.append(Character.toUpperCase(c));
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '_') {
        name.append('_');
      }
      if (name.length() >= 40) {
        break;
      }
    }
    while (name.length() > 0 && name.charAt(name.length() - 1) == '_') {
      name.setLength(name.length() - 1);
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "TEXT_");
    }
    return name.toString();
  }

  static String lowerCamel(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : text.toCharArray()) {
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        out.append(out.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = out.length() > 0;
      }
    }
    return out.toString();
  }

  private void count(Object value) {
    if (value instanceof String text) {
      stringUses.merge(text, 1, Integer::sum);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::count);
    } else if (value instanceof Collection<?> items) {
      items.forEach(this::count);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        count(k);
        count(v);
      });
    } else if (value instanceof YamlScalar scalar) {
      count(scalar.value());
    } else if (value instanceof YamlSequence sequence) {
      sequence.items().forEach(this::count);
    } else if (value instanceof YamlMapping mapping) {
      mapping.entries().forEach(e -> {
        count(e.key());
        count(e.value());
      });
    } else if (value instanceof Record record) {
      for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          count(component.getAccessor().invoke(record));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not counted: the value is written without a constant
        }
      }
    } else if (value != null) {
      Optional<Class<?>> model = modelType(value.getClass());
      if (model.isPresent()) {
        for (Attribute attribute : attributes(model.get())) {
          count(attribute.get(value));
        }
      } else {
        factoryText(value).ifPresent(this::count);
      }
    }
  }

  private String typeOfValue(Object value) {
    return modelType(value.getClass()).map(this::type).orElse(null);
  }

  private static boolean isEmpty(Object value) {
    return value == null || value instanceof Optional<?> o && o.isEmpty()
        || value instanceof OptionalInt o && o.isEmpty()
        || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  /** The abstract model type of an Immutables implementation ({@code ImmutableStep} gives {@code Step}). */
  public static Optional<Class<?>> modelType(Class<?> implementation) {
    if (!implementation.getSimpleName().startsWith("Immutable")) {
      return Optional.empty();
    }
    List<Class<?>> candidates = new ArrayList<>(List.of(implementation.getInterfaces()));
    candidates.add(0, implementation.getSuperclass());
    for (Class<?> candidate : candidates) {
      if (candidate != null && candidate != Object.class && hasBuilder(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      return Modifier.isStatic(builder.getModifiers()) && Modifier.isPublic(type.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> builderType(Class<?> model) {
    try {
      return model.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(model + " has no builder", e);
    }
  }

  /**
   * A factory without arguments that gives exactly this value ({@code Dependency.healthy()},
   * {@code Trigger.workflowDispatch()}); builders are not such factories.
   */
  private Optional<String> nullaryFactory(Object value, Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || type.getName().startsWith("java.")) {
      return Optional.empty();
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() == type && !method.getName().equals("builder")) {
        try {
          if (value.equals(method.invoke(null))) {
            return Optional.of(type(type) + "." + method.getName() + "()");
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not this factory
        }
      }
    }
    return Optional.empty();
  }

  /** A value of a plain type with a static {@code of(String)} or {@code parse(String)} that gives it back. */
  private Optional<String> textFactory(Object value) {
    for (String factory : List.of("of", "parse")) {
      Optional<String> text = factoryText(value, factory);
      if (text.isPresent()) {
        return Optional.of(type(value.getClass()) + "." + factory + "(" + string(text.get()) + ")");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> factoryText(Object value) {
    return factoryText(value, "of").or(() -> factoryText(value, "parse"));
  }

  private static Optional<String> factoryText(Object value, String factory) {
    Class<?> type = value.getClass();
    if (value instanceof String || value instanceof Number || value instanceof Boolean
        || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      Method method = type.getMethod(factory, String.class);
      if (!Modifier.isStatic(method.getModifiers())) {
        return Optional.empty();
      }
      for (String text : texts(value)) {
        try {
          if (value.equals(method.invoke(null, text))) {
            return Optional.of(text);
          }
        } catch (InvocationTargetException e) {
          // the factory refused this text: try the next
        }
      }
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static List<String> texts(Object value) {
    List<String> texts = new ArrayList<>();
    for (String accessor : List.of("text", "value", "shortSyntax")) {
      try {
        Method method = value.getClass().getMethod(accessor);
        if (method.getReturnType() == String.class && method.getParameterCount() == 0) {
          texts.add((String) method.invoke(value));
        }
      } catch (ReflectiveOperationException e) {
        // no such accessor
      }
    }
    texts.add(value.toString());
    return texts;
  }

  /**
   * Whether a default attribute has the value the builder gives when it is not set: a copy built from the other
   * attributes answers it.
   */
  private static boolean isDefault(Object value, Class<?> model, Attribute skipped) {
    try {
      Object builder = model.getMethod("builder").invoke(null);
      for (Attribute attribute : attributes(model)) {
        Object attributeValue = attribute.get(value);
        if (attribute != skipped && !(attribute.isDefault()) && !isEmpty(attributeValue)) {
          attribute.setter().invoke(builder, attributeValue);
        }
      }
      Object built = builder.getClass().getMethod("build").invoke(builder);
      return skipped.get(built).equals(skipped.get(value));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The attributes of a model type, in the order they are declared. */
  static List<Attribute> attributes(Class<?> model) {
    return ATTRIBUTES.computeIfAbsent(model, JavaEmitter::findAttributes);
  }

  private static List<Attribute> findAttributes(Class<?> model) {
    Class<?> builder = builderType(model);
    Class<?> implementation;
    try {
      implementation = Class.forName(model.getPackageName() + ".Immutable" + model.getSimpleName(), false,
          model.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no implementation of " + model, e);
    }
    List<Attribute> attributes = new ArrayList<>();
    for (java.lang.reflect.Field field : implementation.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      String name = field.getName();
      try {
        Method accessor = model.getMethod(name);
        Method setter = setter(builder, name, accessor.getReturnType());
        if (setter == null || attributes.stream().anyMatch(a -> a.name().equals(name))) {
          continue;
        }
        attributes.add(new Attribute(name, accessor, setter, !Modifier.isAbstract(accessor.getModifiers()),
            Map.class.isAssignableFrom(accessor.getReturnType()) ? adder(builder, "put", name) : null));
      } catch (NoSuchMethodException e) {
        // a field of the implementation that is no attribute (a lazy or derived cache)
      }
    }
    return attributes;
  }

  private static Method setter(Class<?> builder, String name, Class<?> type) {
    Class<?> wanted = type == List.class || type == Set.class ? Iterable.class : type;
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == wanted) {
        return method;
      }
    }
    return null;
  }

  /** The builder's method that adds one entry ({@code putEnv}), named after the attribute as Immutables does. */
  private static String adder(Class<?> builder, String prefix, String attribute) {
    String capital = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    List<String> candidates = new ArrayList<>();
    if (capital.endsWith("ies")) {
      candidates.add(capital.substring(0, capital.length() - 3) + "y");
    }
    if (capital.endsWith("es")) {
      candidates.add(capital.substring(0, capital.length() - 2));
    }
    if (capital.endsWith("s")) {
      candidates.add(capital.substring(0, capital.length() - 1));
    }
    candidates.add(capital);
    for (String candidate : candidates) {
      for (Method method : builder.getMethods()) {
        if (method.getName().equals(prefix + candidate) && method.getParameterCount() == 2) {
          return method.getName();
        }
      }
    }
    return null;
  }

  /** One attribute of a model type. */
  record Attribute(String name, Method accessor, Method setter, boolean isDefault, String put) {
    Object get(Object value) {
      try {
        return accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + value.getClass().getSimpleName(), e);
      }
    }
  }
}
