package dev.devopskit.observability;

import dev.devopskit.observability.alerting.PromDuration;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleGroup;
import dev.devopskit.observability.ruletest.AlertTestCase;
import dev.devopskit.observability.ruletest.ExpectedAlert;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import dev.devopskit.observability.slo.BurnRateWindow;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.slo.Slo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Recording rules per window, multi-window burn-rate alerts, and their unit tests for one SLO. */
final class SloRules {
  /** The name of the recorded share of bad events over a window: {@code slo:sli_error:ratio_rate5m}. */
  static final String RECORD_PREFIX = "slo:sli_error:ratio_rate";

  private SloRules() {}

  static AlertSet of(Slo slo) {
    RuleGroup.Builder group = RuleGroup.builder().name("slo-" + slo.service() + "-" + slo.name());
    TreeSet<PromDuration> windows = new TreeSet<>();
    for (BurnRateWindow window : slo.windows()) {
      windows.add(PromDuration.of(window.longWindow()));
      windows.add(PromDuration.of(window.shortWindow()));
    }
    Map<String, String> sloLabels = labels(slo);
    for (PromDuration window : windows) {
      group.addRule(PrometheusRule.builder().record(RECORD_PREFIX + window).expr(slo.sli().errorRatio(
          window.toString())).putAllLabels(sloLabels).build());
    }
    List<RuleTestGroup> tests = new ArrayList<>();
    for (BurnRateWindow window : slo.windows()) {
      PrometheusRule alert = alert(slo, window);
      group.addRule(alert);
      tests.addAll(tests(slo, window, alert));
    }
    return AlertSet.of(group.build(), tests);
  }

  private static Map<String, String> labels(Slo slo) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("service", slo.service());
    labels.put("slo", slo.name());
    return labels;
  }

  static String alertName(Slo slo, BurnRateWindow window) {
    return AlertText.pascal(slo.service()) + AlertText.pascal(slo.name()) + "BudgetBurn"
        + PromDuration.of(window.longWindow());
  }

  private static PrometheusRule alert(Slo slo, BurnRateWindow window) {
    String matchers = "{" + AlertText.matchers(labels(slo)) + "}";
    String threshold = "(" + Traffic.number(window.factor()) + " * " + Traffic.number(slo.errorBudget()) + ")";
    String expr = RECORD_PREFIX + PromDuration.of(window.longWindow()) + matchers + " > " + threshold + "\nand\n"
        + RECORD_PREFIX + PromDuration.of(window.shortWindow()) + matchers + " > " + threshold;
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", window.severity());
    labels.putAll(labels(slo));
    String what = slo.sli().kind() == Sli.Kind.LATENCY
        ? "were slower than " + slo.sli().le().orElseThrow() + " s" : "failed";
    BigDecimal ratio = slo.errorBudget().multiply(BigDecimal.valueOf(window.factor()));
    long budgetMillis = BigDecimal.valueOf(slo.periodDays() * 86_400_000L)
        .divide(BigDecimal.valueOf(window.factor()), 0, RoundingMode.HALF_EVEN).longValue();
    PromDuration exhausted = new PromDuration(budgetMillis - budgetMillis % 60_000);
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", slo.service() + " burns its " + slo.name() + " error budget "
        + Traffic.number(window.factor()) + " times too fast");
    annotations.put("description", "Over the last " + window.longWindow() + " and the last " + window.shortWindow()
        + " more than " + Traffic.number(ratio.movePointRight(2)) + " % of the requests of " + slo.service() + " "
        + what + " (objective " + Traffic.number(slo.objective()) + " % over " + slo.periodDays()
        + " days). At this rate the whole error budget is spent in " + exhausted + ".");
    annotations.put("runbook_url", slo.runbookUrl());
    return PrometheusRule.builder().alert(alertName(slo, window)).expr(expr).forDuration(window.forDuration())
        .putAllLabels(labels).putAllAnnotations(annotations).build();
  }

  private static List<RuleTestGroup> tests(Slo slo, BurnRateWindow window, PrometheusRule alert) {
    BigDecimal threshold = slo.errorBudget().multiply(BigDecimal.valueOf(window.factor()));
    BigDecimal burning = threshold.multiply(BigDecimal.valueOf(2))
        .min(threshold.add(BigDecimal.ONE).divide(BigDecimal.valueOf(2)));
    BigDecimal healthy = threshold.divide(BigDecimal.valueOf(2));
    long fire = PromDuration.of(window.forDuration()).toMinutes() + 10;
    long recover = PromDuration.of(window.shortWindow()).toMinutes() + 10;
    List<Traffic.Counter> counters = Traffic.counters(slo.sli());
    ExpectedAlert expected = ExpectedAlert.builder().putAllLabels(alert.labels())
        .putAllAnnotations(alert.annotations()).build();
    String name = alert.alert().orElseThrow();
    RuleTestGroup quiet = RuleTestGroup.builder()
        .name(name + " stays quiet while " + Traffic.number(healthy.movePointRight(2)) + " % of requests are bad")
        .addAllInputSeries(Traffic.series(counters, List.of(Traffic.phase(fire, healthy))))
        .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire).toString(), name)).build();
    RuleTestGroup burns = RuleTestGroup.builder()
        .name(name + " fires while " + Traffic.number(burning.movePointRight(2))
            + " % of requests are bad and stops once the short window is clean")
        .addAllInputSeries(Traffic.series(counters, List.of(Traffic.phase(fire, burning),
            Traffic.phase(recover, BigDecimal.ZERO))))
        .addAlertRuleTests(AlertTestCase.firing(PromDuration.minutes(fire).toString(), name, List.of(expected)))
        .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire + recover).toString(), name)).build();
    return List.of(quiet, burns);
  }
}
