package dev.devopskit.kit.internal.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP URL's host, port and path, as the health-endpoint rule compares them. */
record Endpoint(String host, OptionalInt port, String path) {
  private static final Pattern URL = Pattern.compile("(https?)://([^/\\s\"'`)<>|;]+)(/[^\\s\"'`)<>|;]*)?");
  private static final List<String> LOCAL = List.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");

  /** Whether the URL points at the machine it runs on (a healthcheck inside the container). */
  boolean local() {
    return LOCAL.contains(host);
  }

  /** Every URL in a text, in order. */
  static List<Endpoint> all(String text) {
    Matcher matcher = URL.matcher(text);
    java.util.ArrayList<Endpoint> out = new java.util.ArrayList<>();
    while (matcher.find()) {
      parse(matcher.group(1), matcher.group(2), matcher.group(3)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Endpoint> parse(String scheme, String authority, String rawPath) {
    String path = rawPath == null ? "/" : rawPath;
    int cut = indexOfAny(path, "?#");
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (Sites.dynamic(path)) {
      return Optional.empty();
    }
    String host = authority.contains("@") ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
    OptionalInt port = OptionalInt.empty();
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      String digits = host.substring(colon + 1);
      host = host.substring(0, colon);
      if (digits.matches("\\d{1,5}")) {
        port = OptionalInt.of(Integer.parseInt(digits));
      } else {
        return Optional.of(new Endpoint(host.toLowerCase(Locale.ROOT), OptionalInt.empty(), path));
      }
    } else if (!Sites.dynamic(host)) {
      port = OptionalInt.of(scheme.equals("https") ? 443 : 80);
    }
    return Optional.of(new Endpoint(host.toLowerCase(Locale.ROOT), port, path));
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** How the endpoint reads in a message. */
  String describe() {
    return local() && port.isPresent() ? path + " on port " + port.getAsInt() : path;
  }
}
