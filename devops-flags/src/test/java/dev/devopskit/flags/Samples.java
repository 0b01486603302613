package dev.devopskit.flags;

import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The sample flag files of core's tests, read from core's test jar. */
final class Samples {
  private Samples() {}

  /** A file of core's {@code flags-samples}, named as core's tests name it. */
  static SourceFile sample(String name) throws IOException {
    String resource = "/flags-samples/" + name;
    try (InputStream in = Samples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path (devops-core's test jar)");
      }
      return SourceFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
