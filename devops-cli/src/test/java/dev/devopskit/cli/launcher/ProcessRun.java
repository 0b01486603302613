package dev.devopskit.cli.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a packaged command as a user runs it: its exit code and what it printed. */
record ProcessRun(int exit, String out, String err) {
  /** Runs {@code command} with this JVM as JAVA_HOME and no devops-kit variables but {@code env}; two minutes at most. */
  static ProcessRun of(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("DEVOPS_CDS");
    builder.environment().remove("DEVOPS_JAVA_OPTS");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the command did not end within 120 s: " + command);
      }
      return new ProcessRun(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
