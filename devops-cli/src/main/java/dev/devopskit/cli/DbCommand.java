package dev.devopskit.cli;

import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import dev.devopskit.database.Migrations;
import dev.devopskit.database.harness.HarnessReport;
import dev.devopskit.database.harness.MigrationHarness;
import dev.devopskit.database.migration.MigrationSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code devops db}: database migrations. */
@Command(name = "db", mixinStandardHelpOptions = true,
    description = "Database migrations: prove them on a throwaway PostgreSQL.",
    subcommands = {DbCommand.Verify.class})
final class DbCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code devops db verify [DIR]}. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Applies every migration of DIR to a throwaway PostgreSQL, applies them all again "
          + "(idempotency), and takes each migration that has an undo, down script or rollback up, down and up "
          + "again, comparing the schema (reversibility).",
          "Exit code: 0 when everything held, 1 when a finding was reported, 2 on usage errors."})
  static final class Verify implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
        description = "The migration folder (default: db/migration, prisma/migrations, migrations or .)")
    Path dir;

    @CommandLine.Option(names = {"-C", "--dir"}, paramLabel = "REPO", defaultValue = ".",
        description = "The repository whose migration folder is found when DIR is not given (default: .)")
    Path repository;

    @CommandLine.Mixin
    ReportFormatOption format;

    @Override
    public Integer call() throws IOException {
      Path folder = dir != null ? dir : defaultFolder(repository);
      if (dir == null) {
        Assumptions.in(repository, spec).note("migration folder " + folder, "the first of db/migration, "
            + "src/main/resources/db/migration, prisma/migrations, migrations that exists");
      }
      if (!Files.isDirectory(folder)) {
        throw new UsageException("no migration folder " + folder + "; name one: devops db verify DIR");
      }
      ReportFormat reportFormat = format.get();
      MigrationSet set = Migrations.readFolder(folder);
      if (set.files().isEmpty()) {
        throw new UsageException("no .sql migrations under " + folder + ": give DIR, or run in a repository with "
            + "db/migration, prisma/migrations or migrations");
      }
      HarnessReport report;
      try (MigrationHarness harness = MigrationHarness.start()) {
        report = harness.verify(set);
        int running = harness.majorVersion();
        MigrationHarness.declaredVersion(repository).filter(declared -> declared.major() != running)
            .ifPresent(declared -> spec.commandLine().getErr().println("devops: " + declared.source()
                + " declares PostgreSQL " + declared.major() + ", but this devops carries PostgreSQL " + running
                + "; the migrations were proven on " + running + " (docs/database.md: other versions)"));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (reportFormat == ReportFormat.TEXT) {
        out.print(Reports.render(report.toCheckResult(), ReportFormat.TEXT, Terminal.colors()));
        out.printf("%d migrations applied, %d applied again, %d reversed: %s%n", report.applied(),
            report.reapplied(), report.reversed(), report.passed() ? "passed" : report.findings().size()
                + " findings");
      } else {
        out.print(Reports.render(report.toCheckResult(), reportFormat));
      }
      out.flush();
      return report.passed() ? 0 : 1;
    }

    private static Path defaultFolder(Path repository) {
      for (String candidate : new String[] {"db/migration", "src/main/resources/db/migration", "prisma/migrations",
          "migrations"}) {
        if (Files.isDirectory(repository.resolve(candidate))) {
          return repository.resolve(candidate);
        }
      }
      return repository;
    }
  }
}
