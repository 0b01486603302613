package dev.devopskit.core.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token formats of vendors (GitHub, AWS, Slack, Stripe, OpenAI... and database URLs with a password), found by
 * their shape alone whatever name they are given. A text is read once for every format's literal hints; a
 * format's pattern runs only when one of its hints is there, and only where one of its start literals is.
 */
final class Providers {
  private Providers() {}

  /**
   * A provider's token format. Every match contains one of {@code hints}; when {@code starts} is not empty, every
   * match also begins with one of {@code starts}, so the search tries only the places where one occurs.
   */
  private record Provider(SecretKind kind, List<String> hints, List<String> starts, Pattern pattern, int group) {}

  /** The provider formats, in the order they are searched (an earlier match wins an overlap). */
  private static final List<Provider> PROVIDERS = List.of(
      provider(SecretKind.PRIVATE_KEY, "PRIVATE KEY", "-----BEGIN ",
          "-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"
              + "(?:[\\s\\S]{0,8192}?-----END [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?", 0),
      provider(SecretKind.AWS_ACCESS_KEY_ID, "AKIA|ASIA|ABIA|ACCA", "AKIA|ASIA|ABIA|ACCA", "\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b", 1),
      provider(SecretKind.GITHUB_FINE_GRAINED_TOKEN, "github_pat_", "github_pat_", "\\b(github_pat_[A-Za-z0-9_]{60,100})\\b", 1),
      provider(SecretKind.GITHUB_TOKEN, "ghp_|gho_|ghs_|ghu_|ghr_", "ghp_|gho_|ghs_|ghu_|ghr_", "\\b((?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36,40})\\b", 1),
      provider(SecretKind.GITLAB_TOKEN, "glpat-", "glpat-", "\\b(glpat-[A-Za-z0-9_-]{20,40})", 1),
      provider(SecretKind.SLACK_WEBHOOK, "hooks.slack.com", "https://hooks.slack.com/",
          "(https://hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9+/_-]{20,120})", 1),
      provider(SecretKind.SLACK_TOKEN, "xoxa-|xoxb-|xoxp-|xoxo-|xoxs-|xoxr-", "xoxa-|xoxb-|xoxp-|xoxo-|xoxs-|xoxr-", "\\b(xox[abposr]-[0-9A-Za-z-]{10,100})", 1),
      provider(SecretKind.STRIPE_KEY, "_live_", "sk_live_|rk_live_", "\\b((?:sk|rk)_live_[0-9A-Za-z]{20,100})\\b", 1),
      provider(SecretKind.GOOGLE_API_KEY, "AIza", "AIza", "\\b(AIza[0-9A-Za-z_-]{35})", 1),
      provider(SecretKind.JWT, "eyJ", "eyJ",
          "\\b(eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{10,1000})", 1),
      provider(SecretKind.NPM_TOKEN, "npm_", "npm_", "\\b(npm_[A-Za-z0-9]{36})\\b", 1),
      provider(SecretKind.PYPI_TOKEN, "pypi-", "pypi-AgEIcHlwaS5vcmc", "\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})", 1),
      provider(SecretKind.SENDGRID_KEY, "SG.", "SG.", "\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})", 1),
      provider(SecretKind.TWILIO_KEY, "SK", "SK", "\\b(SK[0-9a-f]{32})\\b", 1),
      provider(SecretKind.AZURE_STORAGE_CONNECTION_STRING, "AccountKey=", "DefaultEndpointsProtocol=http",
          "(DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/=]{40,100})", 1),
      provider(SecretKind.OPENAI_KEY, "sk-", "sk-",
          "\\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74})", 1),
      provider(SecretKind.ANTHROPIC_KEY, "sk-ant-", "sk-ant-", "\\b(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,100})", 1),
      provider(SecretKind.HUGGINGFACE_TOKEN, "hf_", "hf_", "\\b(hf_[A-Za-z]{34})\\b", 1),
      provider(SecretKind.DIGITALOCEAN_TOKEN, "_v1_", "doo_v1_|dop_v1_|dor_v1_", "\\b(do[opr]_v1_[a-f0-9]{64})\\b", 1),
      provider(SecretKind.SHOPIFY_TOKEN, "shpat_|shpca_|shppa_|shpss_", "shpat_|shpca_|shppa_|shpss_", "\\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\\b", 1),
      provider(SecretKind.MAILGUN_KEY, "key-", "key-", "\\b(key-[0-9a-f]{32})\\b", 1),
      provider(SecretKind.TELEGRAM_BOT_TOKEN, ":AA", "", "\\b([0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])", 1),
      provider(SecretKind.DISCORD_WEBHOOK, "/api/webhooks/", "https://",
          "(https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70})", 1),
      provider(SecretKind.DOCKERHUB_TOKEN, "dckr_pat_", "dckr_pat_", "\\b(dckr_pat_[A-Za-z0-9_-]{27})", 1),
      provider(SecretKind.DATABASE_URL_PASSWORD, "postgres|mysql|mariadb|mongodb|redis|amqp|mssql|sqlserver", "postgres|mysql|mariadb|mongodb|redis|amqp|mssql|sqlserver|jdbc:",
          "\\b(?:postgres|postgresql|mysql|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver"
              + "|jdbc:postgresql|jdbc:mysql)://[^\\s:/@'\"]{1,100}:([^\\s@/'\"]{1,200})@([^\\s/:'\"?]{1,200})", 1));

  /**
   * A provider pattern with the literal hints (any of them, separated by '|') one of which every match contains,
   * and the literals one of which every match starts with (empty when matches can start anywhere).
   */
  private static Provider provider(SecretKind kind, String hints, String starts, String regex, int group) {
    return new Provider(kind, List.of(hints.split("\\|")), starts.isEmpty() ? List.of() : List.of(starts.split("\\|")),
        Pattern.compile(regex), group);
  }

  /**
   * Adds the provider tokens in a text that no match in {@code out} (or an earlier provider's) overlaps, offsets
   * shifted by {@code base}; placeholders, examples, local development passwords and private key blocks without
   * key material are left out.
   */
  static void find(String text, int base, List<SecretMatch> out) {
    long candidates = mentioned(text);
    for (int p = 0; p < PROVIDERS.size(); p++) {
      if ((candidates & (1L << p)) == 0) {
        continue;
      }
      Provider provider = PROVIDERS.get(p);
      Matcher matcher = provider.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      Starts starts = new Starts(text, provider.starts());
      int from = 0;
      while (from <= text.length() && next(matcher, starts, from)) {
        from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        String value = matcher.group(provider.group());
        if (value == null || SecretValues.isPlaceholder(value) || SecretValues.looksLikeExample(value)) {
          continue;
        }
        if (provider.kind() == SecretKind.DATABASE_URL_PASSWORD
            && localDevPassword(matcher.group(), value, matcher.group(2))) {
          continue;
        }
        if (provider.kind() == SecretKind.PRIVATE_KEY && placeholderKeyBody(value)) {
          continue;
        }
        int start = base + matcher.start(provider.group());
        int end = base + matcher.end(provider.group());
        if (!SecretScanner.overlaps(out, start, end)) {
          out.add(new SecretMatch(provider.kind(), start, end, Redaction.redact(value)));
        }
      }
    }
  }

  /**
   * Finds the next match at or after {@code from}, as {@link Matcher#find(int)} would: when matches start with
   * known literals, by trying only where one occurs (the region starts there; its bounds are transparent, so
   * word boundaries and look-behinds see the text before it).
   */
  private static boolean next(Matcher matcher, Starts starts, int from) {
    if (starts.none()) {
      return matcher.find(from);
    }
    for (int at = starts.next(from); at >= 0; at = starts.next(at + 1)) {
      matcher.region(at, starts.length());
      if (matcher.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The places where any of some literals occurs in a text, in order; each literal's next place is kept. */
  private static final class Starts {
    private final String text;
    private final List<String> literals;
    private final int[] at;

    Starts(String text, List<String> literals) {
      this.text = text;
      this.literals = literals;
      this.at = new int[literals.size()];
      java.util.Arrays.fill(at, -2);
    }

    boolean none() {
      return literals.isEmpty();
    }

    int length() {
      return text.length();
    }

    /** The first place at or after {@code from} where a literal starts, or -1. */
    int next(int from) {
      int best = -1;
      for (int i = 0; i < at.length; i++) {
        if (at[i] == -2 || at[i] >= 0 && at[i] < from) {
          at[i] = text.indexOf(literals.get(i), from);
        }
        if (at[i] >= 0 && (best < 0 || at[i] < best)) {
          best = at[i];
        }
      }
      return best;
    }
  }

  /**
   * Every provider's hints by their first two characters (both ASCII; every hint has at least two):
   * {@code PAIR_SLOT[first << 7 | second]} is 0 when no hint starts with the pair, else {@code s + 1} where
   * {@code SLOT_HINTS[s]} holds the hints that start with it and, at the same index of {@code SLOT_PROVIDERS[s]},
   * the provider's bit.
   */
  private static final byte[] PAIR_SLOT = new byte[128 * 128];
  private static final String[][] SLOT_HINTS;
  private static final long[][] SLOT_PROVIDERS;

  static {
    if (PROVIDERS.size() > 64) {
      throw new IllegalStateException("at most 64 providers fit the candidate mask");
    }
    java.util.Map<Integer, List<String>> hints = new java.util.LinkedHashMap<>();
    java.util.Map<Integer, List<Long>> bits = new java.util.LinkedHashMap<>();
    for (int p = 0; p < PROVIDERS.size(); p++) {
      for (String hint : PROVIDERS.get(p).hints()) {
        if (hint.length() < 2 || hint.charAt(0) >= 128 || hint.charAt(1) >= 128) {
          throw new IllegalStateException("provider hints start with two ASCII characters");
        }
        int pair = hint.charAt(0) << 7 | hint.charAt(1);
        hints.computeIfAbsent(pair, k -> new ArrayList<>()).add(hint);
        bits.computeIfAbsent(pair, k -> new ArrayList<>()).add(1L << p);
      }
    }
    if (hints.size() > 127) {
      throw new IllegalStateException("at most 127 hint pairs fit the slot table");
    }
    SLOT_HINTS = new String[hints.size()][];
    SLOT_PROVIDERS = new long[hints.size()][];
    int slot = 0;
    for (java.util.Map.Entry<Integer, List<String>> entry : hints.entrySet()) {
      PAIR_SLOT[entry.getKey()] = (byte) (slot + 1);
      SLOT_HINTS[slot] = entry.getValue().toArray(new String[0]);
      SLOT_PROVIDERS[slot] = bits.get(entry.getKey()).stream().mapToLong(Long::longValue).toArray();
      slot++;
    }
  }

  /**
   * The providers one of whose hints the text contains, as a bit mask by provider index: one pass over the text,
   * comparing only the hints that start with the two characters at each place.
   */
  private static long mentioned(String text) {
    long found = 0;
    int length = text.length();
    if (length < 2) {
      return 0;
    }
    char previous = text.charAt(0);
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if ((previous | c) < 128) {
        int slot = PAIR_SLOT[previous << 7 | c];
        if (slot != 0) {
          String[] hints = SLOT_HINTS[slot - 1];
          long[] providers = SLOT_PROVIDERS[slot - 1];
          for (int h = 0; h < hints.length; h++) {
            if ((found & providers[h]) == 0 && text.startsWith(hints[h], i - 1)) {
              found |= providers[h];
            }
          }
        }
      }
      previous = c;
    }
    return found;
  }

  /**
   * Whether a database URL's password is a local development default: the host is local (or a compose service
   * name) and the password is a placeholder word or the user name again ({@code umami:umami@db}).
   */
  private static boolean localDevPassword(String url, String password, String host) {
    int scheme = url.indexOf("://");
    String user = scheme < 0 ? "" : url.substring(scheme + 3, url.indexOf(':', scheme + 3));
    String lowerHost = host.toLowerCase(Locale.ROOT);
    boolean local = lowerHost.equals("localhost") || lowerHost.startsWith("127.") || lowerHost.equals("db")
        || lowerHost.equals("postgres") || lowerHost.equals("database") || lowerHost.equals("mysql")
        || lowerHost.equals("redis") || lowerHost.equals("mongo") || lowerHost.equals("0.0.0.0")
        || lowerHost.equals("host.docker.internal") || !lowerHost.contains(".");
    return local && (SecretValues.PLACEHOLDER_WORDS.contains(password.toLowerCase(Locale.ROOT))
        || password.equals(user));
  }

  /**
   * Whether a private key block that has its END line holds too little key material to be a key: a documented
   * example such as {@code -----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----}. Escaped line breaks
   * ({@code \n} in JSON) are not key material.
   */
  private static boolean placeholderKeyBody(String block) {
    int header = block.indexOf("-----", 5);
    int end = block.indexOf("-----END");
    if (header < 0 || end < 0) {
      return false;
    }
    String body = block.substring(header + 5, end).replace("\\n", "").replace("\\r", "");
    int material = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
        material++;
      }
    }
    return material < 64;
  }
}
