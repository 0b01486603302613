package dev.devopskit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The architecture every module keeps, as ArchUnit rules: no package cycles; a module's {@code internal} packages
 * used only by that module; no standard streams or java.util.logging in library code; target modules never depend
 * on each other.
 */
public final class ArchitectureRules {
  /** The target modules' base packages: none may depend on another. */
  public static final List<String> TARGETS = List.of("dev.devopskit.github", "dev.devopskit.docker",
      "dev.devopskit.docs", "dev.devopskit.observability", "dev.devopskit.database", "dev.devopskit.openfeature");

  private ArchitectureRules() {}

  /** The main classes of a module's base package. */
  public static JavaClasses mainClasses(String basePackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(basePackage);
  }

  /** Checks every rule for a library module. */
  public static void checkLibrary(String basePackage) {
    JavaClasses classes = mainClasses(basePackage);
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
    noClasses().that().resideOutsideOfPackage(basePackage + "..").should().dependOnClassesThat()
        .resideInAPackage(basePackage + ".internal..").allowEmptyShould(true).check(classes);
    for (String target : TARGETS) {
      if (basePackage.startsWith(target)) {
        for (String other : TARGETS) {
          if (!other.equals(target)) {
            noClasses().that().resideInAPackage(target + "..").should().dependOnClassesThat()
                .resideInAPackage(other + "..").because("target modules never depend on each other")
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

  /** Checks that no class outside {@code owner} uses {@code owner}'s internal packages. */
  public static void checkNoForeignInternalUse(String basePackage, List<String> otherModules) {
    JavaClasses classes = mainClasses(basePackage);
    for (String other : otherModules) {
      noClasses().that().resideInAPackage(basePackage + "..").should().dependOnClassesThat()
          .resideInAPackage(other + ".internal..")
          .because(other + ".internal is the implementation of another module").allowEmptyShould(true)
          .check(classes);
    }
  }
}
