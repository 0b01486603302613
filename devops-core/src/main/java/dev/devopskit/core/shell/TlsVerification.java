package dev.devopskit.core.shell;

import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands and settings that turn off TLS certificate verification: {@code curl -k}, {@code wget
 * --no-check-certificate}, {@code pip --trusted-host}, {@code npm config set strict-ssl false}, {@code git -c
 * http.sslVerify=false}, {@code GIT_SSL_NO_VERIFY=1}, {@code NODE_TLS_REJECT_UNAUTHORIZED=0}. Whoever sits on the
 * network path can then hand the build any file or package; worst when the download is piped into a shell or
 * {@code apt-key add}. Requests to the machine itself ({@code localhost}, {@code 127.0.0.1}) are left alone: a
 * self-signed certificate of a local test server is no risk; so are requests whose answer is thrown away
 * ({@code curl -k -o /dev/null -w '%{http_code}'} waiting for a server to come up).
 *
 * <pre>{@code
 * TlsVerification.inScript("curl -fsSLk https://get.example.com | sh")   // [curl -k ... piped into a shell]
 * TlsVerification.inVariable("NODE_TLS_REJECT_UNAUTHORIZED", "0")      // present
 * }</pre>
 */
public final class TlsVerification {
  /** One place that turns verification off: its offsets in the script, what it is, and whether it runs code. */
  public record Match(int start, int end, String what, boolean piped) {
    @Override
    public String toString() {
      return ValueText.of(this);
    }

    /** A sentence for a finding. */
    public String message() {
      return what + " turns off TLS certificate verification, so anyone on the network path can replace what is "
          + "downloaded" + (piped ? ", and here the download is run as code or trusted as a signing key" : "");
    }

  }

  /** The usual fix, for a finding. */
  public static final String FIX = "keep verification on: install the CA certificate the server needs "
      + "(update-ca-certificates, NODE_EXTRA_CA_CERTS, pip --cert, git http.sslCAInfo) instead of turning it off";

  private static final Pattern CURL = Pattern.compile(
      "(?<![\\w./-])curl\\b[^\\n|;&]*?(?:\\s--insecure\\b|\\s-[a-zA-Z]*k[a-zA-Z]*\\b)");
  private static final Pattern WGET = Pattern.compile("(?<![\\w./-])wget\\b[^\\n|;&]*?\\s--no-check-certificate\\b");
  private static final Pattern PIP = Pattern.compile(
      "(?<![\\w./-])(?:pip3?|python3?\\s+-m\\s+pip|uv\\s+pip)\\b[^\\n|;&]*?\\s--trusted-host[=\\s]+(\\S+)"
          + "|(?<![\\w./-])pip3?\\s+config\\s+set\\s+\\S*trusted-host\\s+(\\S+)");
  private static final Pattern NPM = Pattern.compile(
      "(?<![\\w./-])(?:npm|yarn|pnpm)\\s+(?:config\\s+)?set\\s+(?:--global\\s+)?strict-ssl[=\\s]+(?:false|0)\\b");
  private static final Pattern GIT = Pattern.compile("(?i)http\\.sslverify[=\\s]+[\"']?(?:false|0|no)\\b");
  private static final Pattern VARIABLE = Pattern.compile(
      "(?<![\\w])(NODE_TLS_REJECT_UNAUTHORIZED|GIT_SSL_NO_VERIFY|PYTHONHTTPSVERIFY|CURL_INSECURE)"
          + "\\s*=\\s*[\"']?([^\\s\"';&|]*)");
  private static final Pattern PIPED = Pattern.compile("^[^\\n;&]*?\\|\\s*(?:sudo\\s+)?(?:sh|bash|zsh|dash|"
      + "apt-key\\s+add|gpg\\s+--import|python3?|perl|ruby|node)\\b");
  /** A download written nowhere ({@code -o /dev/null -w %{http_code}}): only its status is used. */
  private static final Pattern DISCARDED = Pattern.compile("\\s(?:-o|--output)\\s*/dev/null\\b|\\s--spider\\b");
  private static final Pattern URL_HOST = Pattern.compile("https?://([^/\\s:'\"]+)");

  private TlsVerification() {}

  /**
   * Every command or assignment in a shell script that turns verification off, in order. A command continued over
   * several lines with {@code \} at their ends is one command.
   */
  public static List<Match> inScript(String text) {
    List<Match> found = new ArrayList<>();
    if (!mayTurnOff(text)) {
      return found;
    }
    String script = joinContinuations(text);
    command(script, CURL, "curl -k (--insecure)", found);
    command(script, WGET, "wget --no-check-certificate", found);
    command(script, PIP, "pip --trusted-host", found);
    command(script, NPM, "strict-ssl false", found);
    command(script, GIT, "git http.sslVerify false", found);
    Matcher variable = VARIABLE.matcher(script);
    while (variable.find()) {
      inVariable(variable.group(1), variable.group(2)).ifPresent(what ->
          found.add(new Match(variable.start(), variable.end(), what, false)));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * What an environment variable turns off, when its value disables verification ({@code
   * NODE_TLS_REJECT_UNAUTHORIZED=0}, {@code GIT_SSL_NO_VERIFY=true}, {@code PYTHONHTTPSVERIFY=0}).
   */
  public static Optional<String> inVariable(String name, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "NODE_TLS_REJECT_UNAUTHORIZED":
      case "PYTHONHTTPSVERIFY":
        return v.equals("0") ? Optional.of(name + "=0") : Optional.empty();
      case "GIT_SSL_NO_VERIFY":
      case "CURL_INSECURE":
        return v.isEmpty() || v.equals("0") || v.equals("false") || v.startsWith("$")
            ? Optional.empty() : Optional.of(name + "=" + value.trim());
      default:
        return Optional.empty();
    }
  }

  /**
   * The script with each line continuation ({@code \} before the end of a line) turned into spaces of the same
   * length, so that a command written over several lines is matched as one and offsets stay those of the script.
   */
  private static String joinContinuations(String script) {
    if (script.indexOf("\\\n") < 0 && script.indexOf("\\\r\n") < 0) {
      return script;
    }
    return script.replace("\\\r\n", "   ").replace("\\\n", "  ");
  }

  /** A cheap test before the patterns run: the script names one of the tools or variables. */
  private static boolean mayTurnOff(String script) {
    return script.contains("curl") || script.contains("wget") || script.contains("trusted-host")
        || script.contains("strict-ssl") || script.contains("sslVerify") || script.contains("sslverify")
        || script.contains("NODE_TLS") || script.contains("GIT_SSL") || script.contains("PYTHONHTTPSVERIFY")
        || script.contains("CURL_INSECURE");
  }

  private static void command(String script, Pattern pattern, String what, List<Match> found) {
    Matcher matcher = pattern.matcher(script);
    while (matcher.find()) {
      int lineEnd = script.indexOf('\n', matcher.end());
      String rest = script.substring(matcher.start(), lineEnd < 0 ? script.length() : lineEnd);
      if (onlyLocal(rest, matcher) || DISCARDED.matcher(rest).find() && !PIPED.matcher(rest).find()) {
        continue;
      }
      found.add(new Match(matcher.start(), matcher.end(), what, PIPED.matcher(rest).find()));
    }
  }

  /** Whether the command talks only to this machine: every URL (or trusted host) is localhost or a loopback. */
  private static boolean onlyLocal(String command, Matcher matcher) {
    List<String> hosts = new ArrayList<>();
    for (int g = 1; g <= matcher.groupCount(); g++) {
      if (matcher.group(g) != null) {
        hosts.add(matcher.group(g));
      }
    }
    Matcher url = URL_HOST.matcher(command);
    while (url.find()) {
      hosts.add(url.group(1));
    }
    if (hosts.isEmpty()) {
      return false;
    }
    for (String host : hosts) {
      String h = host.toLowerCase(Locale.ROOT);
      if (!(h.equals("localhost") || h.startsWith("127.") || h.equals("0.0.0.0") || h.equals("[::1]")
          || h.endsWith(".localhost") || h.equals("host.docker.internal"))) {
        return false;
      }
    }
    return true;
  }
}
