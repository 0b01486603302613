package dev.devopskit.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EventDetails;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.OpenFeatureAPI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider over a watched flag file: reloads on change, keeps the last good flags when the file breaks. */
class WatchedFileTest {
  private static final Duration DEBOUNCE = Duration.ofMillis(50);
  @TempDir
  Path folder;

  private DevOpsKitProvider provider;

  @AfterEach
  void shutdown() {
    if (provider != null) {
      provider.shutdown();
    }
  }

  /** Puts a fixture from {@code watch/} at {@code file}, as a deploy would. */
  private static Path put(String fixture, Path file) throws IOException {
    try (InputStream in = WatchedFileTest.class.getResourceAsStream("/watch/" + fixture)) {
      return Files.write(file, in.readAllBytes());
    }
  }

  private Client client(Path file) {
    provider = DevOpsKitProvider.watching(file, DEBOUNCE);
    String domain = "watch-" + UUID.randomUUID();
    OpenFeatureAPI.getInstance().setProviderAndWait(domain, provider);
    return OpenFeatureAPI.getInstance().getClient(domain);
  }

  @Test
  void should_give_the_flag_model_as_flag_metadata() throws IOException {
    Path file = put("flags.yaml", folder.resolve("flags.yaml"));

    FlagEvaluationDetails<Boolean> details = client(file).getBooleanDetails("new-checkout", true);

    assertThat(details.getValue()).isFalse();
    assertThat(details.getFlagMetadata().getString("owner")).isEqualTo("team-payments");
    assertThat(details.getFlagMetadata().getString("kind")).isEqualTo("release");
    assertThat(details.getFlagMetadata().getString("remove-by")).isEqualTo("2027-01-31");
  }

  @Test
  void should_reload_a_changed_file_and_name_the_changed_flags() throws Exception {
    Path file = put("flags.yaml", folder.resolve("flags.yaml"));
    Client client = client(file);
    BlockingQueue<EventDetails> changes = new LinkedBlockingQueue<>();
    client.onProviderConfigurationChanged(changes::add);
    assertThat(client.getStringValue("theme", "none")).isEqualTo("#fff");

    put("flags-dark.yaml", file);

    EventDetails changed = changes.poll(30, TimeUnit.SECONDS);
    assertThat(changed).as("PROVIDER_CONFIGURATION_CHANGED").isNotNull();
    assertThat(changed.getFlagsChanged()).containsExactly("theme");
    assertThat(client.getStringValue("theme", "none")).isEqualTo("#000");
  }

  @Test
  void should_keep_serving_the_last_good_flags_stale_when_the_file_breaks() throws Exception {
    Path file = put("flags.yaml", folder.resolve("flags.yaml"));
    Client client = client(file);
    BlockingQueue<EventDetails> stale = new LinkedBlockingQueue<>();
    BlockingQueue<EventDetails> ready = new LinkedBlockingQueue<>();
    client.onProviderStale(stale::add);
    client.onProviderReady(ready::add);
    ready.poll(5, TimeUnit.SECONDS);

    put("broken.yaml", file);

    EventDetails broken = stale.poll(30, TimeUnit.SECONDS);
    assertThat(broken).as("PROVIDER_STALE").isNotNull();
    assertThat(broken.getMessage()).contains("serving the last good flags");
    assertThat(client.getStringValue("theme", "none")).isEqualTo("#fff");

    put("flags.yaml", file);
    assertThat(ready.poll(30, TimeUnit.SECONDS)).as("PROVIDER_READY once the file is good again").isNotNull();
  }

  @Test
  void should_stop_watching_on_shutdown() throws Exception {
    Path file = put("flags.yaml", folder.resolve("flags.yaml"));
    Client client = client(file);
    provider.shutdown();

    put("flags-dark.yaml", file);
    Thread.sleep(DEBOUNCE.toMillis() * 4);

    assertThat(provider.flags().flag("theme").orElseThrow().defaultVariant()).contains("light");
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("devops-kit-flags-")) {
        thread.join(5_000);
        assertThat(thread.isAlive()).as(thread.getName() + " after shutdown").isFalse();
      }
    }
  }
}
