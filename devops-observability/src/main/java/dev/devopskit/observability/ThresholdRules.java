package dev.devopskit.observability;

import dev.devopskit.observability.alerting.PromDuration;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleGroup;
import dev.devopskit.observability.ruletest.AlertTestCase;
import dev.devopskit.observability.ruletest.ExpectedAlert;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import dev.devopskit.observability.slo.ErrorRateAlert;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Sli;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain threshold alerts (error rate, latency quantile) and their unit tests. */
final class ThresholdRules {
  private ThresholdRules() {}

  static AlertSet errorRate(ErrorRateAlert spec) {
    BigDecimal threshold = BigDecimal.valueOf(spec.thresholdPercent()).movePointLeft(2);
    String name = AlertText.pascal(spec.service()) + "HighErrorRate";
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", spec.service() + " fails more than " + Traffic.number(spec.thresholdPercent())
        + " % of requests");
    annotations.put("description", "More than " + Traffic.number(spec.thresholdPercent()) + " % of the requests of "
        + spec.service() + " failed over the last " + spec.window() + ", for " + spec.forDuration() + " in a row.");
    annotations.put("runbook_url", spec.runbookUrl());
    PrometheusRule alert = PrometheusRule.builder().alert(name)
        .expr(spec.sli().errorRatio(spec.window()) + " > " + Traffic.number(threshold))
        .forDuration(spec.forDuration()).putAllLabels(labels(spec.severity(), spec.service()))
        .putAllAnnotations(annotations).build();
    BigDecimal burning = threshold.multiply(BigDecimal.valueOf(2))
        .min(threshold.add(BigDecimal.ONE).divide(BigDecimal.valueOf(2)));
    BigDecimal healthy = threshold.divide(BigDecimal.valueOf(2));
    long fire = PromDuration.of(spec.forDuration()).toMinutes() + 10;
    long recover = PromDuration.of(spec.window()).toMinutes() + 10;
    List<Traffic.Counter> counters = Traffic.counters(spec.sli());
    List<RuleTestGroup> tests = List.of(
        RuleTestGroup.builder().name(name + " stays quiet at " + Traffic.number(healthy.movePointRight(2)) + " % errors")
            .addAllInputSeries(Traffic.series(counters, List.of(Traffic.phase(fire, healthy))))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire).toString(), name)).build(),
        RuleTestGroup.builder().name(name + " fires at " + Traffic.number(burning.movePointRight(2))
                + " % errors and stops when they stop")
            .addAllInputSeries(Traffic.series(counters, List.of(Traffic.phase(fire, burning),
                Traffic.phase(recover, BigDecimal.ZERO))))
            .addAlertRuleTests(AlertTestCase.firing(PromDuration.minutes(fire).toString(), name,
                List.of(expected(alert))))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire + recover).toString(), name)).build());
    return AlertSet.of(RuleGroup.of("errors-" + spec.service(), List.of(alert)), tests);
  }

  static AlertSet latency(LatencyAlert spec) {
    String name = AlertText.pascal(spec.service()) + "HighLatency" + spec.percentile().toUpperCase();
    String bucket = Sli.selector(spec.histogram() + "_bucket", spec.matchers(), "");
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", spec.percentile() + " latency of " + spec.service() + " is above "
        + Traffic.number(spec.thresholdSeconds()) + " s");
    annotations.put("description", Traffic.number(BigDecimal.valueOf(spec.quantile()).movePointRight(2))
        + " % of the requests of " + spec.service() + " should finish within " + Traffic.number(spec.thresholdSeconds())
        + " s; over the last " + spec.window() + " they did not, for " + spec.forDuration() + " in a row.");
    annotations.put("runbook_url", spec.runbookUrl());
    PrometheusRule alert = PrometheusRule.builder().alert(name)
        .expr("histogram_quantile(" + Traffic.number(spec.quantile()) + ", sum by (le) (rate(" + bucket + "["
            + spec.window() + "]))) > " + Traffic.number(spec.thresholdSeconds()))
        .forDuration(spec.forDuration()).putAllLabels(labels(spec.severity(), spec.service()))
        .putAllAnnotations(annotations).build();
    long fire = PromDuration.of(spec.forDuration()).toMinutes() + 10;
    long recover = PromDuration.of(spec.window()).toMinutes() + 10;
    BigDecimal threshold = BigDecimal.valueOf(spec.thresholdSeconds());
    Selector selector = Selector.parse(bucket);
    List<String> bounds = List.of(Traffic.number(threshold.divide(BigDecimal.valueOf(2))),
        Traffic.number(threshold.multiply(BigDecimal.valueOf(2))), "+Inf");
    List<Traffic.Counter> fast = new ArrayList<>();
    for (String le : bounds) {
      Map<String, String> labels = new LinkedHashMap<>(selector.sample());
      labels.put("le", le);
      // Fast requests land in every bucket; slow ones (beyond twice the threshold) only in +Inf.
      fast.add(new Traffic.Counter(Selector.series(selector.metric(), labels), le.equals("+Inf") ? 1 : 0, 1));
    }
    List<RuleTestGroup> tests = List.of(
        RuleTestGroup.builder().name(name + " stays quiet while requests take half the threshold")
            .addAllInputSeries(Traffic.series(fast, List.of(Traffic.phase(fire, BigDecimal.ZERO))))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire).toString(), name)).build(),
        RuleTestGroup.builder().name(name + " fires while requests take twice the threshold and stops after")
            .addAllInputSeries(Traffic.series(fast, List.of(Traffic.phase(fire, BigDecimal.ONE),
                Traffic.phase(recover, BigDecimal.ZERO))))
            .addAlertRuleTests(AlertTestCase.firing(PromDuration.minutes(fire).toString(), name,
                List.of(expected(alert))))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire + recover).toString(), name)).build());
    return AlertSet.of(RuleGroup.of("latency-" + spec.service() + "-" + spec.percentile(), List.of(alert)), tests);
  }

  private static Map<String, String> labels(String severity, String service) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", severity);
    labels.put("service", service);
    return labels;
  }

  private static ExpectedAlert expected(PrometheusRule alert) {
    return ExpectedAlert.builder().putAllLabels(alert.labels()).putAllAnnotations(alert.annotations()).build();
  }

}
