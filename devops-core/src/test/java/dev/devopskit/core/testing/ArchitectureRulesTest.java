package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.devopskit.planted.ForeignInternalUse;
import dev.devopskit.planted.LeakyApi;
import dev.devopskit.planted.PlainRecord;
import dev.devopskit.planted.internal.Hidden;
import dev.devopskit.plantedruntime.UsesTarget;
import dev.devopskit.plantedtarget.TargetApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The architecture rules fail on planted violations, so a passing module really keeps them. */
class ArchitectureRulesTest {

  @Test
  void should_fail_when_a_module_uses_another_modules_internal_package() {
    JavaClasses planted = new ClassFileImporter().importClasses(ForeignInternalUse.class);

    assertThatThrownBy(() -> ArchitectureRules.checkNoInternalUseFromOutside("dev.devopskit.planted", planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.devopskit.planted.ForeignInternalUse")
        .hasMessageContaining("dev.devopskit.core.internal.project.Detection");
  }

  @Test
  void should_pass_when_a_module_uses_only_its_own_internal_package() {
    JavaClasses core = ArchitectureRules.mainClasses("dev.devopskit.core");

    assertThatCode(() -> ArchitectureRules.checkNoInternalUseFromOutside("dev.devopskit.core", core))
        .doesNotThrowAnyException();
  }

  @Test
  void should_fail_when_a_public_signature_shows_an_internal_type() {
    JavaClasses planted = new ClassFileImporter().importClasses(LeakyApi.class, Hidden.class);

    assertThatThrownBy(() -> ArchitectureRules.checkNoInternalTypesInPublicSignatures(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.devopskit.planted.LeakyApi.hidden() shows dev.devopskit.planted.internal.Hidden")
        .hasMessageNotContaining("quiet");
  }

  @Test
  void should_fail_a_record_that_keeps_the_default_to_string() {
    JavaClasses planted = new ClassFileImporter().importClasses(PlainRecord.class);

    assertThatThrownBy(() -> ArchitectureRules.checkValueText(planted)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.devopskit.planted.PlainRecord is a record with the default toString()");
  }

  @Test
  void should_fail_the_whole_library_check_on_a_planted_violation() {
    JavaClasses planted = new ClassFileImporter().importClasses(ForeignInternalUse.class);

    assertThatThrownBy(() -> ArchitectureRules.checkLibrary("dev.devopskit.planted", planted))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void should_fail_when_a_runtime_module_depends_on_a_target_module() {
    JavaClasses planted = new ClassFileImporter().importClasses(UsesTarget.class, TargetApi.class);

    assertThatThrownBy(() -> ArchitectureRules.checkLayers("dev.devopskit.plantedruntime", planted,
        List.of("dev.devopskit.plantedtarget"), List.of("dev.devopskit.plantedruntime")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("runtime modules build on core only")
        .hasMessageContaining("dev.devopskit.plantedruntime.UsesTarget");
  }

  @Test
  void should_let_a_target_module_use_a_runtime_module() {
    JavaClasses planted = new ClassFileImporter().importClasses(UsesTarget.class, TargetApi.class);

    // The same classes with the roles swapped: a target module's class that uses a runtime module is allowed.
    assertThatCode(() -> ArchitectureRules.checkLayers("dev.devopskit.plantedruntime", planted,
        List.of("dev.devopskit.plantedruntime", "dev.devopskit.other"), List.of("dev.devopskit.plantedtarget")))
        .doesNotThrowAnyException();
  }
}
