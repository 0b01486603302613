package dev.devopskit.observability;

import dev.devopskit.observability.ruletest.InputSeries;
import dev.devopskit.observability.slo.Sli;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Synthetic counters for rule unit tests: the series an SLI reads, with the share of bad events changing in
 * phases, one value per minute. Each counter grows by {@code 1000 × (bad share × badWeight + good share ×
 * goodWeight)} a minute, so the ratio the SLI computes is exactly the phase's share.
 */
final class Traffic {
  static final BigDecimal PER_MINUTE = BigDecimal.valueOf(1000);

  /** A counter series and how much of the bad and the good events it counts (0 or 1 each). */
  record Counter(String series, int badWeight, int goodWeight) {}

  /** A stretch of minutes with one share of bad events. */
  record Phase(long minutes, BigDecimal badShare) {}

  private Traffic() {}

  static Phase phase(long minutes, BigDecimal badShare) {
    return new Phase(minutes, badShare);
  }

  /** The counters of an SLI. */
  static List<Counter> counters(Sli sli) {
    List<Counter> out = new ArrayList<>();
    switch (sli.kind()) {
      case LATENCY:
        Selector bucket = Selector.parse(Sli.selector(sli.histogram().orElseThrow() + "_bucket", sli.matchers(), ""));
        Map<String, String> labels = new java.util.LinkedHashMap<>(bucket.sample());
        labels.put("le", sli.le().orElseThrow());
        out.add(new Counter(Selector.series(bucket.metric(), labels), 0, 1));
        Selector count = Selector.parse(Sli.selector(sli.histogram().orElseThrow() + "_count", sli.matchers(), ""));
        out.add(new Counter(Selector.series(count.metric(), count.sample()), 1, 1));
        return out;
      case ERROR_RATE:
      default:
        Selector total = Selector.parse(sli.total().orElseThrow());
        boolean badForm = sli.bad().isPresent();
        Selector part = Selector.parse(badForm ? sli.bad().get() : sli.good().orElseThrow());
        Map<String, String> partLabels = part.sample();
        out.add(new Counter(Selector.series(part.metric(), partLabels), badForm ? 1 : 0, badForm ? 0 : 1));
        if (total.matches(part.metric(), partLabels)) {
          Map<String, String> rest = total.sampleNotMatching(part).orElseThrow(() -> new IllegalArgumentException(
              "cannot make a test series that '" + total + "' counts and '" + part + "' does not"));
          out.add(new Counter(Selector.series(total.metric(), rest), badForm ? 0 : 1, badForm ? 1 : 0));
        } else {
          out.add(new Counter(Selector.series(total.metric(), total.sample()), 1, 1));
        }
        return out;
    }
  }

  /** The input series of these counters through the phases. */
  static List<InputSeries> series(List<Counter> counters, List<Phase> phases) {
    List<InputSeries> out = new ArrayList<>();
    for (Counter counter : counters) {
      StringBuilder values = new StringBuilder("0");
      BigDecimal current = BigDecimal.ZERO;
      for (Phase phase : phases) {
        BigDecimal bad = phase.badShare().multiply(PER_MINUTE).multiply(BigDecimal.valueOf(counter.badWeight()));
        BigDecimal good = BigDecimal.ONE.subtract(phase.badShare()).multiply(PER_MINUTE)
            .multiply(BigDecimal.valueOf(counter.goodWeight()));
        BigDecimal step = bad.add(good);
        values.append(' ').append(number(current.add(step))).append('+').append(number(step)).append('x')
            .append(phase.minutes() - 1);
        current = current.add(step.multiply(BigDecimal.valueOf(phase.minutes())));
      }
      out.add(InputSeries.of(counter.series(), values.toString()));
    }
    return out;
  }

  /** The shortest decimal text of a number. */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  /** The shortest decimal text of a double. */
  static String number(double value) {
    return number(BigDecimal.valueOf(value));
  }
}
