package dev.devopskit.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.action.ActionInput;
import dev.devopskit.github.action.ActionOutput;
import dev.devopskit.github.action.ActionRuns;
import dev.devopskit.github.action.Branding;
import dev.devopskit.github.workflow.Step;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the action writer and reader: what is written reads back equal; the reader never throws. */
class ActionRoundTripPropertyTest {
  private static final AtomicInteger SAMPLES = new AtomicInteger();

  @Property(tries = 200)
  void should_read_back_every_written_action_as_an_equal_value(@ForAll("actions") Action action) {
    String yaml = Actions.text(action);
    if (SAMPLES.incrementAndGet() <= 25) {
      Shared.oracleOutput("schema/github-action", "generated-" + SAMPLES.get() + ".yml", yaml);
    }
    Parsed<Action> read = Actions.read(SourceFile.of("action.yml", yaml));
    assertThat(read.findings()).as(yaml).isEmpty();
    assertThat(read.value()).as(yaml).contains(action);
  }

  @Property(tries = 200)
  void should_never_throw_on_mutated_actions(@ForAll("mutations") String text) {
    Parsed<Action> parsed = Actions.read(SourceFile.of("action.yml", text));
    assertThat(parsed.value().isPresent() || !parsed.findings().isEmpty()).as(text).isTrue();
    parsed.value().ifPresent(value -> assertThat(Actions.read(SourceFile.of("action.yml", Actions.text(value)))
        .value()).as(text).contains(value));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of("yes", "no", "on", "0755", "1.10", "true", "null", "~", "a: b", "x #y", "'quoted'", "",
            "${{ inputs.name }}", "line\nbreak\n", "ünïcödé", "- item", "2024-01-01"),
        Arbitraries.strings().alpha().numeric().withChars(" -_./:").ofMinLength(1).ofMaxLength(20));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .filter(id -> !java.util.Set.of("y", "n", "yes", "no", "on", "off").contains(id));
  }

  private static Arbitrary<Step> compositeSteps() {
    Arbitrary<Step> run = Combinators.combine(texts(), Arbitraries.of("bash", "pwsh", "sh"))
        .as((script, shell) -> Step.builder().run(script.isEmpty() ? "true" : script).shell(shell).build());
    Arbitrary<Step> uses = Combinators.combine(Arbitraries.of("example/action@v1", "./local",
        "example/action@0123456789abcdef0123456789abcdef01234567"), texts())
        .as((ref, input) -> Step.uses(ref).withInput("value", input));
    return Combinators.combine(Arbitraries.oneOf(run, uses), texts().injectNull(0.5))
        .as((step, name) -> name == null || name.isBlank() ? step : step.withName(name));
  }

  private static Arbitrary<ActionRuns> runs() {
    Arbitrary<ActionRuns> composite = compositeSteps().list().ofMinSize(1).ofMaxSize(4).map(ActionRuns::composite);
    Arbitrary<ActionRuns> docker = Combinators.combine(Arbitraries.of("Dockerfile", "docker://alpine:3.20"),
        texts().list().ofMaxSize(3), texts().injectNull(0.5), Arbitraries.of("always()", "").injectNull(0.5))
        .as((image, args, entrypoint, preIf) -> {
          ActionRuns.Builder runs = ActionRuns.builder().using("docker").image(image).addAllArgs(args)
              .putEnv("MODE", args.isEmpty() ? "x" : args.get(0));
          if (entrypoint != null && !entrypoint.isBlank()) {
            runs.entrypoint(entrypoint).preEntrypoint("setup.sh").preIf(preIf == null ? "always()" : preIf);
          }
          return runs.build();
        });
    Arbitrary<ActionRuns> node = Combinators.combine(Arbitraries.of("node20", "node24", "node16"),
        Arbitraries.of("dist/index.js", "main.js"), Arbitraries.of("", "cleanup.js"))
        .as((using, main, post) -> {
          ActionRuns.Builder runs = ActionRuns.builder().using(using).main(main);
          if (!post.isEmpty()) {
            runs.post(post).postIf("success()");
          }
          return runs.build();
        });
    return Arbitraries.oneOf(composite, docker, node);
  }

  @Provide
  Arbitrary<Action> actions() {
    Arbitrary<ActionInput> input = Combinators.combine(texts(), Arbitraries.of(true, false).injectNull(0.3),
        texts().injectNull(0.5)).as((description, required, defaultValue) -> {
          ActionInput.Builder b = ActionInput.builder().description(description).required(required);
          return defaultValue == null ? b.build() : b.defaultValue(defaultValue).build();
        });
    return Combinators.combine(texts(), texts(), runs(), Arbitraries.maps(ids(), input).ofMaxSize(3),
        Arbitraries.maps(ids(), texts()).ofMaxSize(2), Arbitraries.of(true, false))
        .as((name, description, runs, inputs, outputs, branded) -> {
          Action.Builder action = Action.builder().name(name).description(description).runs(runs)
              .putAllInputs(inputs);
          outputs.forEach((id, text) -> action.putOutput(id, runs.kind() == ActionRuns.Kind.COMPOSITE
              ? ActionOutput.builder().description(text).value("${{ steps.s.outputs." + id + " }}").build()
              : ActionOutput.builder().description(text).build()));
          if (branded) {
            action.branding(Branding.of("award", "green"));
          }
          return action.build();
        });
  }

  @Provide
  Arbitrary<String> mutations() {
    return actions().flatMap(action -> {
      String text = Actions.text(action);
      return Arbitraries.integers().between(0, Math.max(0, text.length() - 1)).list().ofMinSize(1).ofMaxSize(3)
          .flatMap(cuts -> Arbitraries.of("", ":", "- ", "{", "\n  ", "'", "*a", "&a ", "runs:", "\t")
              .map(insert -> mutate(text, cuts, insert)));
    });
  }

  private static String mutate(String text, List<Integer> cuts, String insert) {
    StringBuilder out = new StringBuilder(text);
    for (int cut : cuts) {
      int at = Math.min(cut, out.length());
      out.replace(at, Math.min(out.length(), at + 2), insert);
    }
    return out.toString();
  }
}
