package dev.devopskit.docker.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published or exposed port of a service: short syntax {@code [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]} or long
 * syntax ({@code target}, {@code published}, {@code host_ip}, {@code protocol}, {@code mode}, {@code name},
 * {@code app_protocol}). Numbers and ranges are kept as written, so variables such as {@code ${PORT:-8080}} fit.
 *
 * @param target the container port or range
 * @param published the host port or range
 * @param hostIp the host address
 * @param protocol {@code tcp} or {@code udp}
 * @param mode {@code host} or {@code ingress}
 * @param name a human-readable name
 * @param appProtocol the application protocol
 */
public record Port(String target, Optional<String> published, Optional<String> hostIp, Optional<String> protocol,
    Optional<String> mode, Optional<String> name, Optional<String> appProtocol) {

  /** Validates the port. */
  public Port {
    Objects.requireNonNull(target, "target");
    for (Optional<String> o : List.of(published, hostIp, protocol, mode, name, appProtocol)) {
      Objects.requireNonNull(o, "optional part");
    }
    checkNumber("target", target);
    published.ifPresent(p -> checkNumber("published", p));
    protocol.ifPresent(p -> {
      if (!Interpolation.hasVariables(p) && !p.equalsIgnoreCase("tcp") && !p.equalsIgnoreCase("udp")
          && !p.equalsIgnoreCase("sctp")) {
        throw new IllegalArgumentException("port protocol '" + p + "' must be tcp or udp");
      }
    });
  }

  private static void checkNumber(String what, String value) {
    if (Interpolation.hasVariables(value) || value.isEmpty()) {
      return;
    }
    for (String part : value.split("-", -1)) {
      int n;
      try {
        n = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("port " + what + " '" + value + "' must be a number or a range like 8000-8010");
      }
      if (n < 0 || n > 65535) {
        throw new IllegalArgumentException("port " + what + " " + n + " is over 65535");
      }
    }
  }

  /** {@code published:target}, like {@code Port.of(8080, 80)}. */
  public static Port of(int published, int target) {
    return new Port(String.valueOf(target), Optional.of(String.valueOf(published)), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A port published on the loopback address only: {@code 127.0.0.1:PUBLISHED:TARGET}. */
  public static Port local(String published, int target) {
    return new Port(String.valueOf(target), Optional.of(published), Optional.of("127.0.0.1"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A port given by text for the published part, such as {@code ${APP_PORT:-8080}}. */
  public static Port of(String published, int target) {
    return new Port(String.valueOf(target), Optional.of(published), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Parses the short syntax.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static Port parse(String text) {
    String rest = text;
    Optional<String> protocol = Optional.empty();
    int slash = lastOutside(rest, '/');
    if (slash >= 0) {
      protocol = Optional.of(rest.substring(slash + 1));
      rest = rest.substring(0, slash);
    }
    List<String> parts = splitColons(rest);
    Optional<String> hostIp = Optional.empty();
    Optional<String> published = Optional.empty();
    String target;
    if (parts.size() == 1) {
      target = parts.get(0);
    } else if (parts.size() == 2) {
      published = Optional.of(parts.get(0));
      target = parts.get(1);
    } else if (parts.size() == 3) {
      hostIp = Optional.of(parts.get(0));
      published = parts.get(1).isEmpty() ? Optional.empty() : Optional.of(parts.get(1));
      target = parts.get(2);
    } else {
      throw new IllegalArgumentException("port '" + text + "' must be [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]");
    }
    return new Port(target, published, hostIp, protocol, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static int lastOutside(String text, char c) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
      } else if (ch == c && depth == 0) {
        found = i;
      }
    }
    return found;
  }

  private static List<String> splitColons(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
      } else if (ch == ':' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** Whether the short syntax can say all of this port. */
  public boolean isShort() {
    return mode.isEmpty() && name.isEmpty() && appProtocol.isEmpty();
  }

  /** The short syntax. */
  public String shortSyntax() {
    StringBuilder out = new StringBuilder();
    hostIp.ifPresent(h -> out.append(h).append(':'));
    if (published.isPresent()) {
      out.append(published.get()).append(':');
    } else if (hostIp.isPresent()) {
      out.append(':');
    }
    out.append(target);
    protocol.ifPresent(p -> out.append('/').append(p));
    return out.toString();
  }

  @Override
  public String toString() {
    return shortSyntax();
  }
}
