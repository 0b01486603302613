package dev.devopskit.observability.internal.yaml;

import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.util.ArrayList;
import java.util.List;

/** The blackbox_exporter module and the Prometheus scrape job of uptime checks, as YAML trees. */
public final class UptimeWriter {
  private UptimeWriter() {}

  /** The entry of one module under blackbox_exporter's {@code modules:}. */
  public static YamlMapping module(Uptime uptime) {
    YamlMapping.Builder http = YamlMapping.builder();
    http.putIfNotEmpty("valid_status_codes",
        YamlSequence.of(uptime.validStatusCodes().stream().map(c -> YamlScalar.integer(c)).toList()));
    http.put("method", "GET");
    http.put("preferred_ip_protocol", "ip4");
    http.put("follow_redirects", YamlScalar.bool(true));
    return YamlMapping.builder().put("prober", "http").put("timeout", uptime.timeout()).put("http", http.build())
        .build();
  }

  /** One scrape job that probes every target through the exporter. */
  public static YamlMapping scrapeJob(Uptime uptime) {
    List<YamlNode> configs = new ArrayList<>();
    for (ProbeTarget target : uptime.targets()) {
      configs.add(YamlMapping.builder().put("targets", YamlSequence.ofStrings(List.of(target.url())))
          .put("labels", YamlMapping.builder().put("environment", target.environment())
              .put("service", uptime.service()).build())
          .build());
    }
    List<YamlNode> relabel = List.of(
        YamlMapping.builder().put("source_labels", YamlSequence.ofStrings(List.of("__address__")))
            .put("target_label", "__param_target").build(),
        YamlMapping.builder().put("source_labels", YamlSequence.ofStrings(List.of("__param_target")))
            .put("target_label", "instance").build(),
        YamlMapping.builder().put("target_label", "__address__").put("replacement", uptime.exporterAddress())
            .build());
    return YamlMapping.builder().put("job_name", uptime.jobName()).put("metrics_path", "/probe")
        .put("scrape_interval", uptime.scrapeInterval())
        .put("params", YamlMapping.builder().put("module", YamlSequence.ofStrings(List.of(uptime.module()))).build())
        .put("static_configs", YamlSequence.of(configs)).put("relabel_configs", YamlSequence.of(relabel)).build();
  }
}
