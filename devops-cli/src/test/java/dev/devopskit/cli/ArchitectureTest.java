package dev.devopskit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.devopskit.core.testing.ArchitectureRules;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The CLI has no package cycles and uses no module's internal packages; across the library modules it sees (all of
 * them but the test kit and the Maven plugin), no two public classes share a simple name.
 */
class ArchitectureTest {

  @Test
  void should_use_no_internal_package_of_a_library() {
    ArchitectureRules.checkNoInternalUseFromOutside("dev.devopskit.cli",
        ArchitectureRules.mainClasses("dev.devopskit.cli"));
  }

  @Test
  void should_write_to_the_command_line_streams_not_to_system_out() {
    // The CLI prints through picocli's writers so that tests and embedders capture everything; only main() exits.
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .allowEmptyShould(true).check(ArchitectureRules.mainClasses("dev.devopskit.cli"));
  }

  @Test
  void should_give_no_two_public_library_classes_the_same_simple_name() {
    // A user who imports two modules must not need full names: Environment in core and in the workflow model, say.
    List<JavaClass> exported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.devopskit").stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .filter(c -> !c.getPackageName().contains(".internal") && !c.getPackageName().startsWith("dev.devopskit.cli"))
        .filter(c -> !c.getSimpleName().startsWith("Immutable") && !c.getSimpleName().equals("package-info"))
        .collect(Collectors.toList());
    assertThat(exported).as("the library's public classes were found").hasSizeGreaterThan(200);
    Map<String, List<String>> shared = new TreeMap<>(exported.stream().collect(Collectors.groupingBy(
        JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList()))));
    shared.values().removeIf(names -> names.size() < 2);
    assertThat(shared).as("public classes of different modules with the same simple name").isEmpty();
  }
}
