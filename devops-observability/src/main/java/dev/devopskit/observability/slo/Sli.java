package dev.devopskit.observability.slo;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service level indicator: the share of bad events, measured from counters.
 *
 * <p>Two kinds: an error rate (bad events over all events, or one minus good events over all events), and latency
 * (the share of requests slower than a histogram bucket's {@code le}).
 *
 * <pre>{@code
 * Sli.httpRequestsTotal("job=\"checkout\"");             // http_requests_total{code=~"5.."} over all requests
 * Sli.errorRatio("errors_total{job=\"api\"}", "requests_total{job=\"api\"}");
 * Sli.latency("http_request_duration_seconds", "0.3", "job=\"checkout\"");
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Sli implements WithSli {

  /** What the indicator measures. */
  public enum Kind {
    /** Failed requests over all requests. */
    ERROR_RATE,
    /** Requests slower than a threshold over all requests. */
    LATENCY
  }

  /** The kind. */
  public abstract Kind kind();

  /** Selector of bad events (error rate, bad/total form). */
  public abstract Optional<String> bad();

  /** Selector of good events (error rate, good/total form). */
  public abstract Optional<String> good();

  /** Selector of all events (error rate). */
  public abstract Optional<String> total();

  /** Base name of the histogram (latency): {@code http_request_duration_seconds}. */
  public abstract Optional<String> histogram();

  /** The bucket boundary that counts as fast enough, exactly as the {@code le} label writes it (latency). */
  public abstract Optional<String> le();

  /** Label matchers that select the service's series, without braces: {@code job="checkout"} (latency). */
  @Value.Default
  public String matchers() {
    return "";
  }

  /** Bad events over all events: {@code errors_total{...}} over {@code requests_total{...}}. */
  public static Sli errorRatio(String bad, String total) {
    return builder().kind(Kind.ERROR_RATE).bad(bad).total(total).build();
  }

  /** One minus good events over all events. */
  public static Sli successRatio(String good, String total) {
    return builder().kind(Kind.ERROR_RATE).good(good).total(total).build();
  }

  /**
   * The common {@code http_requests_total} convention: responses with a 5xx {@code code} over all responses.
   *
   * @param matchers extra label matchers without braces, such as {@code job="checkout"} (may be empty)
   */
  public static Sli httpRequestsTotal(String matchers) {
    return errorRatio(selector("http_requests_total", matchers, "code=~\"5..\""),
        selector("http_requests_total", matchers, ""));
  }

  /**
   * Micrometer's (Spring Boot's) {@code http_server_requests_seconds_count}: 5xx {@code status} over all requests.
   *
   * @param matchers extra label matchers without braces, such as {@code application="checkout"} (may be empty)
   */
  public static Sli httpServerRequests(String matchers) {
    return errorRatio(selector("http_server_requests_seconds_count", matchers, "status=~\"5..\""),
        selector("http_server_requests_seconds_count", matchers, ""));
  }

  /**
   * Latency: the share of requests slower than {@code le}.
   *
   * @param histogram the histogram's base name, such as {@code http_request_duration_seconds}
   * @param le the bucket boundary, exactly as the {@code le} label writes it ({@code 0.3}, {@code 1.0})
   * @param matchers label matchers without braces (may be empty)
   */
  public static Sli latency(String histogram, String le, String matchers) {
    return builder().kind(Kind.LATENCY).histogram(histogram).le(le).matchers(matchers).build();
  }

  /** A selector {@code metric{a,b}} from a metric name and two matcher lists (either may be empty). */
  public static String selector(String metric, String matchers, String more) {
    String all = matchers.isBlank() ? more : more.isBlank() ? matchers : matchers + "," + more;
    return all.isBlank() ? metric : metric + "{" + all + "}";
  }

  /** The PromQL of the share of bad events over a window such as {@code 5m}. */
  public String errorRatio(String window) {
    switch (kind()) {
      case LATENCY:
        String bucket = selector(histogram().orElseThrow() + "_bucket", matchers(), "le=\"" + le().orElseThrow() + "\"");
        String count = selector(histogram().orElseThrow() + "_count", matchers(), "");
        return "1 - (sum(rate(" + bucket + "[" + window + "])) / sum(rate(" + count + "[" + window + "])))";
      case ERROR_RATE:
      default:
        String all = "sum(rate(" + total().orElseThrow() + "[" + window + "]))";
        return bad().map(b -> "sum(rate(" + b + "[" + window + "])) / " + all)
            .orElseGet(() -> "1 - (sum(rate(" + good().orElseThrow() + "[" + window + "])) / " + all + ")");
    }
  }

  /** Starts an indicator. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds indicators. */
  public static final class Builder extends ImmutableSli.Builder {}

  @Value.Check
  protected void check() {
    if (kind() == Kind.ERROR_RATE) {
      if (total().isEmpty() || bad().isPresent() == good().isPresent()) {
        throw new IllegalArgumentException("an error-rate SLI needs 'total' and exactly one of 'bad' and 'good'");
      }
    } else if (histogram().isEmpty() || le().isEmpty()) {
      throw new IllegalArgumentException("a latency SLI needs 'histogram' (base name) and 'le' (bucket boundary)");
    }
    histogram().filter(h -> h.endsWith("_bucket") || h.endsWith("_count")).ifPresent(h -> {
      throw new IllegalArgumentException("'histogram' is the base name without _bucket or _count, not '" + h + "'");
    });
  }
}
