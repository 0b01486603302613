package dev.devopskit.observability;

import java.util.Map;

/** Names and annotation text shared by the generators. */
final class AlertText {
  private AlertText() {}

  /** {@code checkout-api} as {@code CheckoutApi}. */
  static String pascal(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** {@code a="b"} pairs of labels as PromQL matchers. */
  static String matchers(Map<String, String> labels) {
    StringBuilder out = new StringBuilder();
    labels.forEach((k, v) -> out.append(out.length() == 0 ? "" : ",").append(k).append("=\"")
        .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
    return out.toString();
  }

  /** Expands {@code {{ $labels.name }}} the way Prometheus does, for the expected annotations of a test. */
  static String expand(String template, Map<String, String> labels) {
    String out = template;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      out = out.replace("{{ $labels." + label.getKey() + " }}", label.getValue());
    }
    return out;
  }
}
