package dev.devopskit.docs.postmortem;

import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.markdown.Section;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Postmortems built in Java for the tests. */
final class Samples {
  private Samples() {}

  static Postmortem full() {
    return Postmortem.builder().incident("checkout-outage").date(LocalDate.of(2024, 5, 1))
        .severity(IncidentSeverity.P1).status(DocumentStatus.REVIEWED).addAuthor("@alice").addAuthor("@bob")
        .summary("Checkout failed for 23 minutes because the payments database ran out of connections.")
        .addTimeline(TimelineEntry.at(ZonedDateTime.of(2024, 5, 1, 14, 2, 0, 0, ZoneOffset.UTC),
            "Error rate alert `CheckoutErrors` fired"))
        .addTimeline(TimelineEntry.builder().time("2024-05-01 14:05 UTC").description("On-call engineer acknowledged the page")
            .source("[PagerDuty](https://example.pagerduty.com/incidents/42)").build())
        .addTimeline(TimelineEntry.at(ZonedDateTime.of(2024, 5, 1, 14, 25, 0, 0, ZoneOffset.UTC),
            "Connection pool limit raised; errors stopped | recovery confirmed"))
        .detection("The `CheckoutErrors` alert paged the on-call engineer three minutes after errors began.")
        .rootCause("The connection pool had no upper bound, so a traffic spike opened more connections than "
            + "PostgreSQL allows (`max_connections = 100`).\n\nThe load test did not cover this traffic shape:\n\n"
            + "- bursts of 10x the usual rate\n- slow queries holding connections")
        .resolution("Raised the pool limit and restarted the checkout service.")
        .impact("About 1,200 checkouts failed between 14:02 and 14:25 UTC.")
        .addActionItem(ActionItem.of("Cap the connection pool at 50 per instance", "@payments-team",
            LocalDate.of(2024, 5, 15)))
        .addActionItem(ActionItem.builder().action("Alert when connections exceed 80% of max_connections")
            .owner("@sre").due("2024-05-20").status("In Progress").build())
        .lessonsLearned(LessonsLearned.builder().addWentWell("The alert fired within three minutes, and the on-call engineer had the dashboard open before "
            + "the first customer report arrived")
            .addWentWrong("The runbook did not mention the pool limit").addGotLucky("Traffic dropped at 14:20").build())
        .addSupportingLink(Link.to("Grafana dashboard", "https://grafana.example.com/d/checkout"))
        .addSupportingLink(Link.builder().title("Incident channel #inc-42").build())
        .addOtherSection(Section.of("Appendix", "Query used:\n\n```sql\nSELECT count(*) FROM pg_stat_activity;\n```"))
        .build();
  }
}
