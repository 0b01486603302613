package dev.devopskit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.testing.InMemoryJava;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.Stage;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToJavaTest {
  /** Texts that break naive literals: quotes, backslashes, line breaks, tabs, control characters, non-ASCII. */
  private static final List<String> HOSTILE = List.of("say \"hi\"", "C:\\temp\\new", "a\nb", "tab\there",
      "bell\u0007", "café ✓ 😀", "\\u0041 stays six characters", "ends with \"\"\"\n\"\"\" and more\n",
      "trailing blanks  \nand a tab\t\n\n  indented\n", "\r\nwindows\r\n", "quote at the end\"\n");

  @Test
  void should_compile_hostile_strings_into_the_same_value() throws Exception {
    Job.Builder job = Job.builder().runsOn("ubuntu-latest");
    for (String text : HOSTILE) {
      job.addStep(Step.run(text).withName(text.strip().isEmpty() ? "blank" : text));
    }
    Workflow workflow = Workflow.builder().name("hostile").addOn(Trigger.push("main"))
        .putJob("build", job.build()).build();

    String source = ToJava.source(workflow, "t", "Hostile", false);

    assertThat(source).contains("\"say \\\"hi\\\"\"").contains("\"C:\\\\temp\\\\new\"").contains("\\u00e9")
        .contains("\\ud83d\\ude00").contains("\"\"\"\n").contains("\\s\n");
    assertThat(build(source, "t.Hostile")).isEqualTo(workflow);
  }

  @Test
  void should_use_factories_constants_and_expressions() {
    Workflow workflow = Workflow.builder().addOn(Trigger.push("main")).addOn(Trigger.pullRequest())
        .putJob("a", Job.builder().runsOn("ubuntu-latest").addStep(Step.uses("actions/checkout@v4"))
            .addStep(Step.run("make").withEnv("TOKEN", "${{ secrets.TOKEN }}")).build())
        .putJob("b", Job.builder().runsOn("ubuntu-latest").addStep(Step.uses("actions/checkout@v4"))
            .addStep(Step.run("echo ${{ needs.a.outputs.v }} done")).build())
        .putJob("c", Job.builder().runsOn("ubuntu-latest").addStep(Step.uses("actions/checkout@v4")).build())
        .build();

    String source = ToJava.source(workflow, "", "Factories", false);

    assertThat(source).contains("Trigger.push(\"main\")").contains("Trigger.pullRequest()")
        .contains("private static final String ACTIONS_CHECKOUT_V4 = \"actions/checkout@v4\";")
        .contains("Step.uses(ACTIONS_CHECKOUT_V4)").contains("Expr.secret(\"TOKEN\").toString()")
        .contains("\"echo \" + Expr.needsOutput(\"a\", \"v\") + \" done\"")
        .contains("private static final String UBUNTU_LATEST = \"ubuntu-latest\";");
  }

  @Test
  void should_split_a_huge_value_into_methods_that_compile() throws Exception {
    Stage.Builder stage = Stage.builder().baseImage("alpine:3.20");
    for (int i = 0; i < 6_000; i++) {
      stage.addInstruction(Instruction.run("echo line " + i + " of a very long generated Dockerfile"));
    }
    Dockerfile dockerfile = Dockerfile.builder().addStage(stage.build()).build();

    String source = ToJava.source(dockerfile, "t", "Huge", true);

    assertThat(source.length()).isGreaterThan(300_000);
    assertThat(source).contains("private static List<Instruction>").contains("public static void main");
    assertThat(build(source, "t.Huge")).isEqualTo(dockerfile);
  }

  @Test
  void should_derive_unique_class_names_from_paths() {
    assertThat(ToJava.classNames(List.of(".github/workflows/ci.yml", "ci/.github/workflows/ci.yaml",
        "docker/api/Dockerfile", "Dockerfile", "Dockerfile.dev", "web.Dockerfile", "compose.yaml",
        "docker-compose.yml", "monitoring/alerts.yml", "1-rules.yml", "string.yml")).values())
        .containsExactly("CiWorkflow", "CiWorkflow2", "ApiDockerfile", "RootDockerfile", "DevDockerfile",
            "WebDockerfile", "RootCompose", "DockerCompose", "Alerts", "Generated1Rules", "GeneratedString");
  }

  @Test
  void should_refuse_other_values_and_bad_names_with_the_fix() {
    assertThatThrownBy(() -> ToJava.source("text", "", "A", false))
        .hasMessageContaining("a String cannot be written as Java; supported are the values of github-workflow");
    Workflow workflow = Workflow.builder().addOn(Trigger.push()).putJob("a", Job.runsOn("x")).build();
    assertThatThrownBy(() -> ToJava.source(workflow, "", "class", false))
        .hasMessageContaining("'class' is not a Java class name");
    assertThatThrownBy(() -> ToJava.source(workflow, "com.1x", "A", false))
        .hasMessageContaining("'com.1x' is not a Java package name");
  }

  private static Object build(String source, String className) throws Exception {
    InMemoryJava.Compiled compiled = InMemoryJava.compile(Map.of(className, source));
    assertThat(compiled.errors()).isEmpty();
    Class<?> type = compiled.loader().loadClass(className);
    return java.util.Arrays.stream(type.getMethods()).filter(m -> m.getParameterCount() == 0
        && java.lang.reflect.Modifier.isStatic(m.getModifiers())).findFirst().orElseThrow().invoke(null);
  }
}
