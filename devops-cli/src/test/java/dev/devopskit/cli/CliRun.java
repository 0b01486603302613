package dev.devopskit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;

/** One run of the {@code devops} command in this JVM, as a test sees it: the exit code and what it printed. */
record CliRun(int exit, String out, String err) {

  /** Runs {@code devops} with these arguments and keeps what it printed. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = into(out, err, args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Runs {@code devops} printing into the given writers (for tests that read several runs' output together). */
  static int into(Writer out, Writer err, String... args) {
    CommandLine line = Devops.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  /** Standard output and standard error together. */
  String all() {
    return out + err;
  }
}
