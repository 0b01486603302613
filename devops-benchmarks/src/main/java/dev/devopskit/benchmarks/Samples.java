package dev.devopskit.benchmarks;

/** Files for the formats the corpus holds none of, typical of what a repository has. */
final class Samples {
  private Samples() {}

  static String path(String format) {
    return switch (format) {
      case "environments" -> "environments.yml";
      case "feature-flags" -> "flags.flagd.json";
      case "runbook" -> "docs/runbooks/restart.md";
      case "postmortem" -> "docs/postmortems/2026-01-01-outage.md";
      case "sql-migration" -> "db/migration/V1__init.sql";
      default -> "file.txt";
    };
  }

  static String text(String format) {
    return switch (format) {
      case "environments" -> "environments:\n  - name: staging\n    url: https://staging.example.com\n"
          + "  - name: production\n    url: https://example.com\n    protected: true\n";
      case "feature-flags" -> "{\n  \"$schema\": \"https://flagd.dev/schema/v0/flags.json\",\n  \"flags\": {\n"
          + "    \"new-checkout\": {\"state\": \"ENABLED\", \"defaultVariant\": \"off\", "
          + "\"variants\": {\"on\": true, \"off\": false}}\n  }\n}\n";
      case "runbook" -> "---\ntype: runbook\ntitle: Restart the API\nowner: platform\n---\n# Restart the API\n\n"
          + "## When\n\nThe API answers 5xx.\n\n## Steps\n\n1. Restart\n\n   ```sh\n   kubectl rollout restart "
          + "deploy/api\n   ```\n\n## Rollback\n\n1. Nothing to undo.\n";
      case "postmortem" -> "---\ntype: postmortem\ntitle: Outage\nseverity: SEV2\n---\n# Outage\n\n## Summary\n\n"
          + "The API was down.\n\n## Timeline\n\n- 10:00 alert fired\n- 10:20 fixed\n\n## Action items\n\n"
          + "- [ ] Add an alert on 5xx rate (owner: @ops, due 2026-02-01)\n";
      case "sql-migration" -> "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n"
          + "CREATE INDEX accounts_email ON accounts (email);\n";
      default -> "key=value\n";
    };
  }
}
