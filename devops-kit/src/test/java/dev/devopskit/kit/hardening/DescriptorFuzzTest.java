package dev.devopskit.kit.hardening;

import dev.devopskit.core.testing.Mutations;
import dev.devopskit.core.testing.ReaderFuzz;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.kit.DescriptorFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The descriptor reader survives mutations. The corpus holds no {@code devops.yaml}, so the seeds are complete
 * descriptors written here plus real-world YAML files (foreign keys, odd types), which it must also take.
 */
class DescriptorFuzzTest {

  static final String FULL = "name: storefront\n"
      + "toolchain:\n  packageManager: maven\n  version: \"21\"\n  commands:\n    lint: ./mvnw -q spotless:check\n"
      + "    typeCheck: ./mvnw -q compile\n    unitTest: ./mvnw -q test\n    integrationTest: ./mvnw -q verify\n"
      + "    build: ./mvnw -q package\n"
      + "services:\n  - kind: postgresql\n    version: \"16\"\n    name: db\n    port: 5432\n    database: shop\n"
      + "    user: shop\n  - kind: redis\n    port: 6379\n"
      + "health:\n  path: /health\n  port: 8080\n"
      + "registry: ghcr.io/acme\n"
      + "deploy:\n  command: ./deploy.sh\n"
      + "trunk: main\n"
      + "environments:\n  - staging\n  - production\n"
      + "flags: flags.json\n"
      + "slo:\n  availability: 99.9\n  latency: 0.99\n  latencyThresholdSeconds: 0.3\n"
      + "backup:\n  destination: s3://backups/shop\n  retentionDays: 30\n";

  @Property
  void descriptor_reader_survives_mutations(@ForAll("descriptors") byte[] input) {
    ReaderFuzz.assertSurvives(new DescriptorFormat(), input);
  }

  @Provide
  Arbitrary<byte[]> descriptors() {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(FULL.getBytes(StandardCharsets.UTF_8));
    seeds.add("name: shop\nregistyr: ghcr.io\nservices: postgres\n".getBytes(StandardCharsets.UTF_8));
    seeds.add("name: [a, b]\nslo:\n  availability: high\nbackup: 3\n".getBytes(StandardCharsets.UTF_8));
    seeds.addAll(ReaderFuzz.seeds(Shared.files(Shared.conformance().resolve("real-world"),
        p -> p.toString().endsWith(".yaml")), 40));
    return Mutations.of(seeds);
  }
}
