package dev.devopskit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
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
    slices().assignedFrom(featureSlices(basePackage)).should().beFreeOfCycles().allowEmptyShould(true)
        .check(classes);
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
   * One slice per feature package: {@code base.flag} and its implementation {@code base.internal.flag} are one
   * slice (an API and its own implementation may call each other); any cycle between features is a violation.
   */
  static SliceAssignment featureSlices(String basePackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(basePackage + ".")) {
          return SliceIdentifier.ignore();
        }
        String rest = name.substring(basePackage.length() + 1);
        if (rest.startsWith("internal.")) {
          rest = rest.substring("internal.".length());
        } else if (rest.equals("internal")) {
          return SliceIdentifier.of("internal");
        }
        int dot = rest.indexOf('.');
        return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
      }

      @Override
      public String getDescription() {
        return "feature packages of " + basePackage + " (each with its internal implementation)";
      }
    };
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
