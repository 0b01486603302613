package dev.devopskit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.devopskit.core.value.Masked;
import dev.devopskit.core.value.OwnText;
import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The architecture every module keeps, as ArchUnit rules: no package cycles; a module's {@code internal} packages
 * used only by that module, and no internal type in the public signature of an exported type; no standard streams or java.util.logging in library code; target modules never depend
 * on each other; every value type's {@code toString()} is the redacting {@code ValueText} (see
 * {@link #checkValueText(JavaClasses)}).
 */
public final class ArchitectureRules {
  /** The target modules' base packages: none may depend on another. */
  public static final List<String> TARGETS = List.of("dev.devopskit.github", "dev.devopskit.docker",
      "dev.devopskit.docs", "dev.devopskit.observability", "dev.devopskit.database", "dev.devopskit.openfeature");
  /**
   * Runtime modules' base packages: they sit on core beside the target modules, depend on none of them, and a target
   * module may use them (devops-openfeature evaluates with devops-flags).
   */
  public static final List<String> RUNTIMES = List.of("dev.devopskit.flags");

  private ArchitectureRules() {}

  /** The main classes of a module's base package. */
  public static JavaClasses mainClasses(String basePackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(basePackage);
  }

  /** Checks every rule for a library module. */
  public static void checkLibrary(String basePackage) {
    checkLibrary(basePackage, mainClasses(basePackage));
  }

  /** Checks every rule for a library module over the given classes of it. */
  public static void checkLibrary(String basePackage, JavaClasses classes) {
    SliceRule cycles = slices().assignedFrom(featureSlices(basePackage)).should().beFreeOfCycles();
    // An implementation package base.internal.X may use the API package base.X it implements.
    java.util.Set<String> features = new java.util.TreeSet<>();
    for (JavaClass javaClass : classes) {
      String rest = relative(basePackage, javaClass.getPackageName());
      if (rest != null && rest.startsWith("internal.")) {
        features.add(rest.split("\\.")[1]);
      }
    }
    for (String feature : features) {
      cycles = cycles.ignoreDependency(
          JavaClass.Predicates.resideInAPackage(basePackage + ".internal." + feature + ".."),
          JavaClass.Predicates.resideInAPackage(basePackage + "." + feature + ".."));
    }
    cycles.allowEmptyShould(true).check(classes);
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .because("library code reports through findings and results, never the standard streams")
        .allowEmptyShould(true).check(classes);
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .because("library code does not log through java.util.logging").allowEmptyShould(true).check(classes);
    checkNoInternalUseFromOutside(basePackage, classes);
    checkNoInternalTypesInPublicSignatures(classes);
    checkValueText(classes);
    checkLayers(basePackage, classes, TARGETS, RUNTIMES);
  }

  /**
   * Checks the module layers: core depends on no other module, a runtime module on no target module, a target module
   * on no other target module.
   */
  static void checkLayers(String basePackage, JavaClasses classes, List<String> targets, List<String> runtimes) {
    if (basePackage.equals("dev.devopskit.core")) {
      List<String> above = new java.util.ArrayList<>(targets);
      above.addAll(runtimes);
      noClasses().that().resideInAPackage("dev.devopskit.core..").should().dependOnClassesThat()
          .resideInAnyPackage(above.stream().map(p -> p + "..").toArray(String[]::new))
          .because("core is the bottom layer: every other module builds on it").allowEmptyShould(true).check(classes);
    }
    for (String runtime : runtimes) {
      if (basePackage.startsWith(runtime)) {
        noClasses().that().resideInAPackage(runtime + "..").should().dependOnClassesThat()
            .resideInAnyPackage(targets.stream().map(p -> p + "..").toArray(String[]::new))
            .because("runtime modules build on core only").allowEmptyShould(true).check(classes);
      }
    }
    for (String target : targets) {
      if (basePackage.startsWith(target)) {
        for (String other : targets) {
          if (!other.equals(target)) {
            noClasses().that().resideInAPackage(target + "..").should().dependOnClassesThat()
                .resideInAnyPackage(other + "..").because("target modules never depend on each other")
                .allowEmptyShould(true).check(classes);
          }
        }
      }
    }
  }

  /**
   * One slice per package below the base ({@code base.flag}, {@code base.internal.flag}); cycles between slices
   * are violations, except that an implementation package {@code base.internal.X} may use the API package
   * {@code base.X} it implements.
   */
  static SliceAssignment featureSlices(String basePackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String rest = relative(basePackage, javaClass.getPackageName());
        if (rest == null) {
          return SliceIdentifier.ignore();
        }
        String[] parts = rest.split("\\.");
        return SliceIdentifier.of(parts[0].equals("internal") && parts.length > 1 ? "internal." + parts[1] : parts[0]);
      }

      @Override
      public String getDescription() {
        return "packages of " + basePackage + " (base.X and base.internal.X)";
      }
    };
  }

  private static String relative(String basePackage, String packageName) {
    return packageName.startsWith(basePackage + ".") ? packageName.substring(basePackage.length() + 1) : null;
  }

  /**
   * Checks that every exported record declares its {@code toString()} (the default one shows secrets as they are;
   * {@code ValueText.of(this)} redacts them), and that every Immutables value type keeps a safe
   * {@code toString()}: its generated class calls
   * {@link ValueText#of(Object)} (so the type uses {@code @DevOpsStyle}, whose toString redacts secrets), it does not
   * declare a {@code toString()} of its own (the generated one would silently replace it: implement
   * {@code OwnText}), and no attribute relies on {@code @Value.Redacted} (the style ignores it: use
   * {@code @Masked}). Immutables' annotations are kept in class files, which is where this reads them.
   */
  public static void checkValueText(JavaClasses classes) {
    List<String> problems = new ArrayList<>();
    for (JavaClass type : classes) {
      // The implicit toString() of a record reads no field and calls no method (it is an invokedynamic).
      if (type.isRecord() && exported(type) && type.getMethods().stream()
          .filter(m -> m.getName().equals("toString") && m.getRawParameterTypes().isEmpty())
          .allMatch(m -> m.getMethodCallsFromSelf().isEmpty() && m.getFieldAccesses().isEmpty())) {
        problems.add(type.getName() + " is a record with the default toString(), which shows every component as "
            + "it is: declare toString() returning ValueText.of(this)");
      }
      if (!type.isAnnotatedWith("org.immutables.value.Value$Immutable")) {
        continue;
      }
      if (type.getMethods().stream().anyMatch(m -> m.getName().equals("toString") && m.getRawParameterTypes().isEmpty())) {
        problems.add(type.getName() + " declares toString(), which the generated one replaces: implement "
            + OwnText.class.getName() + " instead");
      }
      type.getMethods().stream().filter(m -> m.isAnnotatedWith("org.immutables.value.Value$Redacted"))
          .forEach(m -> problems.add(m.getFullName() + " is @Value.Redacted, which the project style ignores: use @"
              + Masked.class.getName()));
      List<JavaClass> generated = classes.stream()
          .filter(c -> c.isAnnotatedWith("org.immutables.value.Generated") && c.isAssignableTo(type.getName())
              && !c.equals(type) && c.getSimpleName().startsWith("Immutable"))
          .collect(Collectors.toList());
      if (generated.isEmpty()) {
        problems.add(type.getName() + " has no generated Immutable class in these classes");
      }
      for (JavaClass implementation : generated) {
        boolean delegates = implementation.getMethods().stream()
            .filter(m -> m.getName().equals("toString") && m.getRawParameterTypes().isEmpty())
            .flatMap(m -> m.getMethodCallsFromSelf().stream())
            .anyMatch(call -> call.getTargetOwner().getName().equals(ValueText.class.getName())
                && call.getName().equals("of"));
        if (!delegates) {
          problems.add(implementation.getName() + ".toString() does not call ValueText.of: annotate "
              + type.getSimpleName() + " with @DevOpsStyle");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("value types whose toString() may show a secret:\n  "
          + String.join("\n  ", problems));
    }
  }

  /**
   * Checks that the module's classes use no other module's {@code internal} packages: they are implementation,
   * which no module-info exports. Each module checks its own classes, since a module's tests see the modules it
   * depends on but not those that depend on it; together the modules cover every use.
   */
  public static void checkNoInternalUseFromOutside(String basePackage, JavaClasses classes) {
    noClasses().that().resideInAPackage(basePackage + "..").should().dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.devopskit..internal..")
                .and(JavaClass.Predicates.resideOutsideOfPackage(basePackage + "..")))
        .because("another module's internal packages are its implementation, which its module-info does not export")
        .check(classes);
  }

  /**
   * Checks that no type of an {@code internal} package appears in the public signature of an exported type: its
   * superclass and interfaces, the types (with their type arguments) of its public and protected fields, and the
   * return, parameter and exception types of its public and protected methods and constructors.
   */
  public static void checkNoInternalTypesInPublicSignatures(JavaClasses classes) {
    List<String> problems = new ArrayList<>();
    for (JavaClass type : classes) {
      if (!exported(type)) {
        continue;
      }
      java.util.Set<JavaClass> supertypes = new java.util.LinkedHashSet<>(type.getRawInterfaces());
      type.getRawSuperclass().ifPresent(supertypes::add);
      supertypes.stream().filter(ArchitectureRules::internal)
          .forEach(t -> problems.add(type.getName() + " extends or implements " + t.getName()));
      for (JavaMember member : type.getMembers()) {
        if (!visible(member)) {
          continue;
        }
        java.util.Set<JavaClass> involved = new java.util.LinkedHashSet<>();
        if (member instanceof JavaField field) {
          involved.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit unit) {
          involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
          unit.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
          unit.getExceptionTypes().forEach(e -> involved.add(e));
        }
        involved.stream().filter(ArchitectureRules::internal)
            .forEach(t -> problems.add(member.getFullName() + " shows " + t.getName()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("internal types in public signatures (move the type to an exported package, or "
          + "make the member package-private):\n  " + String.join("\n  ", problems));
    }
  }

  private static boolean exported(JavaClass type) {
    for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
      if (!t.getModifiers().contains(JavaModifier.PUBLIC) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return !internal(type);
  }

  private static boolean visible(JavaMember member) {
    java.util.Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static boolean internal(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    return base.getPackageName().startsWith("dev.devopskit.") && (base.getPackageName().contains(".internal.")
        || base.getPackageName().endsWith(".internal"));
  }
}
