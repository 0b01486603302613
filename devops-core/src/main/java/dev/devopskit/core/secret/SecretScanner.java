package dev.devopskit.core.secret;

import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.syntax.AsciiWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in text and in key/value pairs: provider token formats, literal values given to secret-looking
 * names, and high-entropy strings.
 *
 * <p>Placeholders are not secrets: {@code ${VAR}}, {@code ${{ secrets.X }}}, {@code $VAR}, {@code <...>},
 * {@code {{ ... }}}, and values such as {@code changeme}, {@code example} or {@code xxx}. Every pattern is
 * bounded (no nested quantifiers), so no input makes the scanner backtrack catastrophically.
 */
public final class SecretScanner {
  private static final SecretScanner DEFAULTS = new SecretScanner();

  /**
   * A provider's token format. Every match contains one of {@code hints}; when {@code starts} is not empty, every
   * match also begins with one of {@code starts}, so the search tries only the places where one occurs.
   */
  record Provider(SecretKind kind, List<String> hints, List<String> starts, Pattern pattern, int group) {}

  /** The provider formats (package-private so that the scanner's test reference searches the same table). */
  static final List<Provider> PROVIDERS = List.of(
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

  /** Names whose literal values are secrets: {@code *_PASSWORD}, {@code *_TOKEN}, {@code API_KEY}... */
  private static final Pattern SENSITIVE_NAME = Pattern.compile(
      "(?i)(?:^|[_.\\-])(?:password|passwd|pwd|pass|secret|secret[_-]?key|token|api[_-]?key|apikey|access[_-]?key"
          + "|access[_-]?token|auth[_-]?token|private[_-]?key|client[_-]?secret|credentials?|webhook[_-]?url"
          + "|connection[_-]?string|signing[_-]?key|encryption[_-]?key|master[_-]?key|license[_-]?key)$"
          + "|(?i)^(?:password|passwd|secret|token|apikey|api_key|credentials)$");

  /**
   * Names that hold identifiers, hashes or settings, not secrets, even when they end like one. A suffix, searched
   * with {@code find()}: no leading {@code .*} to backtrack over long names.
   */
  private static final Pattern BENIGN_NAME = Pattern.compile(
      "(?i)(?:_file|_path|_dir|_url_file|_env|_name|_id|_type|_length|_min|_max|_ttl|_expiry|_expires"
          + "|_header|_endpoint|_count|_policy|_rotation|_enabled|_required|_hash|_sha|_digest|_mode|_format"
          + "|_version|_user|_username)$");

  /** Endings of names whose values are hashes, versions or references: never judged by entropy. */
  private static final String[] HASHY_ENDINGS = {"sha", "digest", "hash", "checksum", "commit", "ref", "version",
      "integrity", "uses", "image", "id", "uuid", "fingerprint", "nonce", "key_id", "signature", "cache", "path",
      "url", "uri", "file", "name", "tag", "label", "description", "run", "script", "command", "args", "with", "if",
      "pattern", "regex", "lockfile", "etag", "revision", "salt", "iv"};
  /** The same endings as a pattern (a suffix, with find()), for keys that hold a line terminator. */
  private static final Pattern HASHY_NAME = Pattern.compile("(?i)(?:" + String.join("|", HASHY_ENDINGS) + ")$");

  private static final Pattern ASSIGNMENT = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.-]{0,80}+)[\"']?[ \\t]{0,4}(?:=|:)[ \\t]{0,4}"
          + "(\"[^\"\\n]{1,300}\"|'[^'\\n]{1,300}'|[^\\s\"'`;,&|)}\\]]{1,300})");

  /** Every name that {@link #SENSITIVE_NAME} accepts holds one of these, in lower case. */
  private static final AsciiWords SENSITIVE_FRAGMENTS = AsciiWords.of("pass", "pwd", "secret", "token", "key",
      "credential", "webhook", "connection");

  /** Parts of values that are examples, not secrets, in lower case. */
  private static final AsciiWords EXAMPLE_PARTS = AsciiWords.of("example", "xxxx", "****", "0000000000", "1234567890",
      "abcdefgh", "placeholder", "redacted", "dummy", "fake");

  /** Names that hold an AWS secret access key; the value is 40 base64 characters. */
  private static final Pattern AWS_SECRET_NAME = Pattern.compile("(?i)(?:^|[_.-])aws[_.-]?secret(?:[_.-]?access)?[_.-]?key$");
  private static final Pattern AWS_SECRET_VALUE = Pattern.compile("[A-Za-z0-9/+]{40}");

  /** Expressions that read a value from elsewhere: {@code process.env.X}, {@code settings.DB_PASSWORD}. */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?:process\\.env|os\\.environ|import\\.meta\\.env|env|ENV|settings|config|secrets|vars|inputs|params|props|"
          + "self|this|values|Values)\\.[A-Za-z_][A-Za-z0-9_.]{0,100}");

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)^(?:\\$\\{\\{.{0,300}\\}\\}|\\$\\{[^}]{0,200}\\}|\\$[A-Za-z_][A-Za-z0-9_]{0,100}|<[^<>]{0,100}>"
          + "|\\{\\{.{0,300}\\}\\}|%[A-Za-z_][A-Za-z0-9_]{0,100}%|#\\{[^}]{0,200}\\}|\\$\\([^)]{0,200}\\))$");

  private static final Set<String> PLACEHOLDER_WORDS = Set.of(
      "changeme", "change-me", "change_me", "example", "xxx", "dummy", "fake", "sample", "placeholder", "redacted",
      "replace_me", "replaceme", "todo", "tbd", "none", "null", "nil", "undefined", "secret", "password", "passwd",
      "token", "your-token", "your_token", "yourtoken", "mysecret", "my-secret", "my_secret", "test", "testing",
      "foo", "bar", "baz", "foobar", "admin", "root", "postgres", "mysql", "guest", "user", "pass", "local", "dev",
      "development", "default", "empty", "required", "optional", "true", "false", "yes", "no", "on", "off",
      "example-password", "your-password", "your_password", "password123", "secret123", "supersecret", "s3cr3t",
      "hunter2", "letmein", "password1", "passw0rd", "p4ssw0rd", "p@ssw0rd", "keycloak", "rabbitmq", "minio", "minioadmin", "redis", "mongo", "app", "docker",
      "github", "gitlab", "ci", "test-token", "test_token", "testtoken", "testpassword", "test-password",
      "disabled", "enabled", "unset", "blank", "random", "generated", "auto", "secure", "insecure");

  private SecretScanner() {}

  /** The scanner with every built-in pattern. */
  public static SecretScanner defaults() {
    return DEFAULTS;
  }

  /**
   * A provider pattern with the literal hints (any of them, separated by '|') one of which every match contains,
   * and the literals one of which every match starts with (empty when matches can start anywhere).
   */
  private static Provider provider(SecretKind kind, String hints, String starts, String regex, int group) {
    return new Provider(kind, List.of(hints.split("\\|")), starts.isEmpty() ? List.of() : List.of(starts.split("\\|")),
        Pattern.compile(regex), group);
  }

  /**
   * Finds secrets in free text (scripts, messages, files no format claims): provider formats anywhere, and
   * {@code NAME=value} or {@code name: value} assignments of literals to secret-looking names.
   */
  public List<SecretMatch> scanText(String text) {
    List<SecretMatch> matches = new ArrayList<>();
    providers(text, 0, matches);
    assignments(text, matches);
    matches.sort(BY_START);
    return matches;
  }

  /**
   * What {@link #scanText(String)} finds in a file of the given role: outside configuration only the formats that
   * name a vendor ({@link SecretKind#providerSpecific()}).
   */
  public List<SecretMatch> scanText(String text, FileRole role) {
    List<SecretMatch> matches = scanText(text);
    if (!role.judgesByName()) {
      matches.removeIf(match -> !match.kind().providerSpecific());
    }
    return matches;
  }

  /**
   * What {@link #scanValue(String, String)} finds in a value of a file of the given role: outside configuration
   * only the formats that name a vendor.
   */
  public Optional<SecretMatch> scanValue(String key, String value, FileRole role) {
    Optional<SecretMatch> match = scanValue(key, value);
    return role.judgesByName() ? match : match.filter(m -> m.kind().providerSpecific());
  }

  private static final Comparator<SecretMatch> BY_START = Comparator.comparingInt(SecretMatch::start);

  /**
   * Adds the assignments of literals to secret-looking names in a text, line by line, where no match already in
   * {@code matches} is.
   */
  private static void assignments(String text, List<SecretMatch> matches) {
    if (text.indexOf('=') < 0 && text.indexOf(':') < 0) {
      return;
    }
    Matcher assignment = null;
    // The next '=' and ':' at or after the line start, each searched again only once the lines pass it.
    int nextEquals = text.indexOf('=');
    int nextColon = text.indexOf(':');
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (nextEquals >= 0 && nextEquals < lineStart) {
        nextEquals = text.indexOf('=', lineStart);
      }
      if (nextColon >= 0 && nextColon < lineStart) {
        nextColon = text.indexOf(':', lineStart);
      }
      boolean separator = nextEquals >= 0 && nextEquals < lineEnd || nextColon >= 0 && nextColon < lineEnd;
      if (separator && mayAssignSecret(text, lineStart, lineEnd)) {
        if (assignment == null) {
          assignment = ASSIGNMENT.matcher(text).useTransparentBounds(true);
        }
        assignments(text, assignment, lineStart, lineEnd, matches);
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * Judges a value that a file gives to a key (an environment variable, a mapping entry): provider formats inside
   * it, a literal given to a secret-looking key, or a high-entropy token under a key that is not a hash or a
   * reference. Offsets are relative to the value.
   *
   * @param key the name the value is given to, or an empty string
   */
  public Optional<SecretMatch> scanValue(String key, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    List<SecretMatch> found = new ArrayList<>();
    providers(value, 0, found);
    if (!found.isEmpty()) {
      return Optional.of(found.get(0));
    }
    return withoutProviders(key, value, null);
  }

  /**
   * What {@link #scanValue} finds in a value that holds no provider format: a literal given to a secret-looking
   * key, an assignment in it, or a high-entropy token.
   *
   * @param inText the value's assignments in order when already known (then free text gives no provider match
   *     either), or null to search them here
   */
  private static Optional<SecretMatch> withoutProviders(String key, String value, List<SecretMatch> inText) {
    String trimmed = value.trim();
    if (sensitiveName(key) && literalSecretValue(trimmed) && !trimmed.contains("\n") && !repeatsName(key, trimmed)) {
      int start = value.indexOf(trimmed);
      return Optional.of(new SecretMatch(assignmentKind(key, trimmed), start, start + trimmed.length(),
          Redaction.redact(trimmed)));
    }
    // Scripts, multi-line values and NAME=value items (compose's list form of environment) hold assignments.
    if (value.contains("\n") || value.contains(" ") || value.indexOf('=') > 0) {
      // What scanText finds here: no provider format, so only the assignments.
      List<SecretMatch> assigned = inText;
      if (assigned == null) {
        assigned = new ArrayList<>();
        assignments(value, assigned);
        assigned.sort(BY_START);
      }
      if (!assigned.isEmpty()) {
        return Optional.of(assigned.get(0));
      }
    }
    if (highEntropyToken(key, trimmed)) {
      int start = value.indexOf(trimmed);
      return Optional.of(new SecretMatch(SecretKind.HIGH_ENTROPY, start, start + trimmed.length(),
          Redaction.redact(trimmed)));
    }
    return Optional.empty();
  }

  /**
   * Every secret {@link Redaction#secretsIn(String, String)} weighs in a non-empty value, unsorted and possibly
   * overlapping: what {@link #scanText} finds, the high-entropy tokens no match covers, and, when a key is given,
   * what {@link #scanValue} finds (the provider formats are searched once for both).
   */
  static List<SecretMatch> candidates(String key, String value) {
    List<SecretMatch> found = new ArrayList<>();
    providers(value, 0, found);
    boolean provided = !found.isEmpty();
    assignments(value, found);
    found.sort(BY_START);
    Optional<SecretMatch> keyed = Optional.empty();
    if (key != null && !key.isEmpty()) {
      // scanValue gives the first provider match, already in the list, or judges the value without providers.
      keyed = provided ? Optional.empty() : withoutProviders(key, value, found);
    }
    found.addAll(highEntropyTokens(value, found));
    keyed.ifPresent(found::add);
    return found;
  }

  /**
   * The assignments of one line. After an assignment that is not a secret the search goes on from its value, so
   * that in {@code input: DB_PASSWORD=x} the inner assignment is still judged.
   */
  private static void assignments(String text, Matcher assignment, int lineStart, int lineEnd,
      List<SecretMatch> matches) {
    int from = lineStart;
    while (from < lineEnd) {
      assignment.region(from, lineEnd);
      if (!assignment.find()) {
        return;
      }
      String name = assignment.group(1);
      String raw = assignment.group(2);
      int start = assignment.start(2);
      // Inside a variable reference (${NAME:-default}) there is no assignment to look for.
      from = raw.indexOf('$') >= 0 || raw.indexOf('{') >= 0 ? assignment.end(2) : start;
      if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'') && raw.endsWith(raw.substring(0, 1))) {
        raw = raw.substring(1, raw.length() - 1);
        start++;
      }
      if (overlaps(matches, start, start + raw.length())) {
        continue;
      }
      if (sensitiveName(name) && literalSecretValue(raw) && !followedByCode(text, assignment.end(2))
          && !repeatsName(name, raw)) {
        matches.add(new SecretMatch(assignmentKind(name, raw), start, start + raw.length(), Redaction.redact(raw)));
        from = assignment.end(2);
      }
    }
  }

  /**
   * A cheap test before the assignment pattern runs on a line that holds a separator ('=' or ':'): the line holds
   * a secret-looking word.
   */
  private static boolean mayAssignSecret(String text, int start, int end) {
    return SENSITIVE_FRAGMENTS.inLowerCase(text, start, end);
  }

  /**
   * An AWS secret access key when the name and shape say so, else a literal given to a secret-looking name:
   * credential-shaped, or short and word-like ({@link SecretKind#WEAK_ASSIGNMENT}).
   */
  private static SecretKind assignmentKind(String name, String value) {
    if (AWS_SECRET_NAME.matcher(name).find() && AWS_SECRET_VALUE.matcher(value).matches()) {
      return SecretKind.AWS_SECRET_ACCESS_KEY;
    }
    return credentialShaped(value) ? SecretKind.SENSITIVE_ASSIGNMENT : SecretKind.WEAK_ASSIGNMENT;
  }

  /**
   * Whether a literal looks like a credential rather than a word or a local default: at least 8 characters, at
   * least 3 bits of entropy per character, and more than one kind of character besides separators (lower case,
   * upper case, digits, symbols). {@code I6EGNzRESu3X} is; {@code k3str4}, {@code rootsecretpassword} and
   * {@code gitea-webhook-secret} are not.
   */
  static boolean credentialShaped(String value) {
    if (value.length() < 8 || entropy(value) < 3.0) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '-' && c != '_' && c != '.') {
        symbol = true;
      }
    }
    int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    return kinds >= 2;
  }

  /**
   * Whether an unquoted value in free text is followed by code rather than the end of an assignment: in
   * {@code password: String = System.getenv("PASSWORD")} the word after the colon is a type, not a value.
   */
  private static boolean followedByCode(String text, int end) {
    int at = end;
    while (at < text.length() && at < end + 8 && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at < text.length() && at > end && "=(+".indexOf(text.charAt(at)) >= 0;
  }

  private static boolean overlaps(List<SecretMatch> matches, int start, int end) {
    for (SecretMatch match : matches) {
      if (start < match.end() && match.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static void providers(String text, int base, List<SecretMatch> out) {
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
        if (value == null || isPlaceholder(value) || looksLikeExample(value)) {
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
        if (!overlaps(out, start, end)) {
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
    return local && (PLACEHOLDER_WORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equals(user));
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

  private static boolean looksLikeExample(String value) {
    return EXAMPLE_PARTS.inLowerCase(value, 0, value.length());
  }

  /** Whether a name is one whose values are secrets ({@code DB_PASSWORD}, {@code apiKey}, {@code token}). */
  public static boolean sensitiveName(String key) {
    if (key == null || key.isEmpty() || key.length() > 200) {
      return false;
    }
    Boolean known = SENSITIVE_CACHE.get(key);
    if (known != null) {
      return known;
    }
    boolean sensitive = judgeName(key);
    if (SENSITIVE_CACHE.size() < 50_000) {
      SENSITIVE_CACHE.put(key, sensitive);
    }
    return sensitive;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> SENSITIVE_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean judgeName(String key) {
    String normal = camelToSnake(key);
    return SENSITIVE_NAME.matcher(normal).find() && !BENIGN_NAME.matcher(normal).find();
  }

  /**
   * {@code key.replaceAll("([a-z0-9])([A-Z])", "$1_$2")} without compiling the pattern on every call: an
   * underscore before every ASCII capital that follows an ASCII lower-case letter or digit ({@code apiKey} to
   * {@code api_Key}). The matches cannot overlap (a capital is never the first character of one), so each such
   * pair gets its underscore.
   */
  static String camelToSnake(String key) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      char before = key.charAt(i - 1);
      if (c >= 'A' && c <= 'Z' && (before >= 'a' && before <= 'z' || before >= '0' && before <= '9')) {
        if (out == null) {
          out = new StringBuilder(key.length() + 8);
        }
        out.append(key, copied, i).append('_');
        copied = i;
      }
    }
    return out == null ? key : out.append(key, copied, key.length()).toString();
  }

  /** Whether a value is a reference or a stand-in rather than a real value. */
  public static boolean isPlaceholder(String value) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return true;
    }
    if (mayBePlaceholderSyntax(trimmed.charAt(0)) && PLACEHOLDER.matcher(trimmed).matches()
        || mayBeReference(trimmed) && REFERENCE.matcher(trimmed).matches()) {
      return true;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (PLACEHOLDER_WORDS.contains(lower) || fillerRun(lower)) {
      return true;
    }
    return lower.startsWith("your") || lower.startsWith("<") || lower.startsWith("replace")
        || lower.contains("replace-me") || lower.contains("replace_me") || lower.contains("change-me")
        || lower.contains("changeme") || lower.contains("change_me") || lower.startsWith("${") || lower.startsWith("$(")
        || lower.contains("${{") || lower.startsWith("{{") || lower.startsWith("env.") || lower.startsWith("secrets.")
        || lower.startsWith("vault:") || lower.startsWith("op://") || lower.startsWith("arn:") || lower.startsWith("sm://")
        || lower.startsWith("file:") || lower.startsWith("/run/secrets/") || lower.startsWith("/");
  }

  /** Whether {@link #PLACEHOLDER} can match a value that starts with this character: every form starts with one. */
  private static boolean mayBePlaceholderSyntax(char first) {
    return first == '$' || first == '<' || first == '{' || first == '%' || first == '#';
  }

  /**
   * Whether {@link #REFERENCE} can match the whole value: it starts with the first letter of one of its roots
   * ({@code process}, {@code os}, {@code import}, {@code env}, {@code ENV}, {@code settings}, {@code config},
   * {@code secrets}, {@code vars}, {@code inputs}, {@code params}, {@code props}, {@code self}, {@code this},
   * {@code values}, {@code Values}) and holds a dot.
   */
  private static boolean mayBeReference(String value) {
    switch (value.charAt(0)) {
      case 'p': case 'o': case 'i': case 'e': case 'E': case 's': case 'c': case 'v': case 't': case 'V':
        return value.indexOf('.') > 0;
      default:
        return false;
    }
  }

  /** Whether a value is {@code x{3,}|\*{3,}|\.{3,}|-+|_+|#+|0+|1+}: one filler character repeated. */
  private static boolean fillerRun(String lower) {
    if (lower.isEmpty()) {
      return false;
    }
    char first = lower.charAt(0);
    int minimum;
    switch (first) {
      case 'x': case '*': case '.':
        minimum = 3;
        break;
      case '-': case '_': case '#': case '0': case '1':
        minimum = 1;
        break;
      default:
        return false;
    }
    for (int i = 1; i < lower.length(); i++) {
      if (lower.charAt(i) != first) {
        return false;
      }
    }
    return lower.length() >= minimum;
  }

  /** Whether every character is one of {@code [A-Za-z0-9+/=_-]} (and there is at least one). */
  private static boolean tokenChars(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!tokenChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean tokenChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/'
        || c == '=' || c == '_' || c == '-';
  }

  /** Whether every character is a hexadecimal digit (and there is at least one). */
  private static boolean hexChars(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is an ASCII digit (and there is at least one). */
  private static boolean digits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a value holds an ASCII digit and an ASCII letter (callers have ruled out line terminators). */
  private static boolean hasDigitAndLetter(String value) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return digit && letter;
  }

  /** {@code (?i)true|false} as matches() has it: ASCII letters in any case. */
  private static boolean booleanWord(String value) {
    return asciiEqualsIgnoreCase(value, "true") || asciiEqualsIgnoreCase(value, "false");
  }

  private static boolean asciiEqualsIgnoreCase(String value, String lower) {
    if (value.length() != lower.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern DOLLAR_NAME = Pattern.compile(".*\\$[A-Za-z_].*");
  private static final Pattern SECRET_FILE_NAME =
      Pattern.compile("[\\w.-]{1,80}\\.(txt|json|pem|key|crt|env|yml|yaml|properties|p12|jks|gpg|asc)");

  private static boolean literalSecretValue(String value) {
    if (value.length() < 6 || value.length() > 500 || isPlaceholder(value) || looksLikeExample(value)) {
      return false;
    }
    if (!credentialText(value)) {
      return false;
    }
    if (value.contains("$") && (value.contains("${") || DOLLAR_NAME.matcher(value).matches())) {
      return false;
    }
    // A value that starts with another separator is syntax (a '::' workflow command, ':=' in a script).
    if (value.startsWith(":") || value.startsWith("=")) {
      return false;
    }
    if (value.contains(" ") || digits(value) || booleanWord(value)) {
      return false;
    }
    // A file name, path or URL without credentials names where a secret lives, not the secret itself.
    if (value.indexOf('.') > 0 && SECRET_FILE_NAME.matcher(value).matches()
        || value.startsWith("http://") || value.startsWith("https://") || value.startsWith("./")) {
      return false;
    }
    return !value.contains("(") && !value.contains("{{");
  }

  /**
   * Whether a literal can be a credential at all, before its strength is judged: printable ASCII (a value in another
   * script, or with accents, is words of a translation), not a reference ({@code #/components/...}, a
   * {@code %s} format, an {@code UPPER_SNAKE} variable name), and not a stand-in that starts with {@code test} or
   * {@code dev} ({@code test-secret}, {@code devpassword}).
   */
  private static boolean credentialText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    if (value.startsWith("#/") || value.startsWith("#!") || upperSnake(value)) {
      return false;
    }
    int percent = value.indexOf('%');
    if (percent >= 0 && percent + 1 < value.length() && "sdvfqx(".indexOf(value.charAt(percent + 1)) >= 0) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("test") || lower.startsWith("dev") || lower.startsWith("not_")
        || lower.startsWith("not-") || lower.startsWith("unused") || lower.startsWith("insecure"));
  }

  /**
   * Whether a value only spells its own name again ({@code GITEA_WEBHOOK_SECRET=gitea-webhook-secret},
   * {@code "client_secret": "client_secret"}): a stand-in that says what belongs there. Letters and digits are
   * compared without case, separators ignored.
   */
  static boolean repeatsName(String name, String value) {
    String letters = lettersAndDigits(value);
    return letters.length() >= 4 && lettersAndDigits(camelToSnake(name)).contains(letters);
  }

  private static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }

  /** {@code [A-Z][A-Z0-9_]*} with an underscore: the name of a variable, not its value. */
  private static boolean upperSnake(String value) {
    boolean underscore = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '_') {
        underscore = true;
      } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0)) {
        return false;
      }
    }
    return underscore;
  }

  /**
   * High-entropy tokens in free text that no earlier match covers (hexadecimal tokens are not reported). A token
   * is a run of {@code [A-Za-z0-9+/=_-]} of 20 to 200 characters, found in one pass: a longer run is cut into
   * 200-character tokens from its start, and a rest of at least 20 characters is a token too.
   */
  static List<SecretMatch> highEntropyTokens(String text, List<SecretMatch> earlier) {
    List<SecretMatch> found = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!tokenChar(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < length && tokenChar(text.charAt(runEnd))) {
        runEnd++;
      }
      int start = i;
      while (runEnd - start >= 20) {
        int end = Math.min(start + 200, runEnd);
        String value = text.substring(start, end);
        if (!hexChars(value) && !overlaps(earlier, start, end) && highEntropyToken("", value)) {
          found.add(new SecretMatch(SecretKind.HIGH_ENTROPY, start, end, Redaction.redact(value)));
        }
        start = end;
      }
      i = runEnd;
    }
    return found;
  }

  private static boolean highEntropyToken(String key, String value) {
    // The tests are independent, so the cheap ones come first.
    if (value.length() < 20 || value.length() > 200) {
      return false;
    }
    if (key != null && !key.isEmpty() && (nameFlags(key) & HASHY_DASHED) != 0 && !sensitiveName(key)) {
      return false;
    }
    boolean hex = hexChars(value);
    if (!hex && (!tokenChars(value) || !hasDigitAndLetter(value))) {
      return false;
    }
    if (isPlaceholder(value) || looksLikeExample(value)) {
      return false;
    }
    if (hex) {
      // Commit SHAs and SHA-256 digests are everywhere in CI files; only secret-looking keys make them secrets.
      if ((value.length() == 40 || value.length() == 64) && !sensitiveName(key)) {
        return false;
      }
      return entropy(value) > 3.0 && sensitiveOrNeutral(key);
    }
    if (!tokenChars(value) || !hasDigitAndLetter(value)) {
      return false;
    }
    // Most tokens are turned down by their entropy, the cheapest of the remaining (independent) tests.
    if (entropy(value) <= 4.5 || resourcePath(value) || base64OfText(value)) {
      return false;
    }
    return sensitiveOrNeutral(key);
  }

  /** A resource name such as {@code projects/123/locations/global/pools/gh}: mostly words between slashes. */
  private static boolean resourcePath(String value) {
    String[] segments = value.split("/", -1);
    if (segments.length < 4) {
      return false;
    }
    int words = 0;
    for (String segment : segments) {
      if (segment.length() >= 2 && segment.chars().allMatch(Character::isLetter)) {
        words++;
      }
    }
    return words * 2 >= segments.length;
  }

  /** Base64 that decodes to readable text (a sentence, a JSON document) is data, not a credential. */
  private static boolean base64OfText(String value) {
    byte[] decoded;
    try {
      String padded = value.replace('-', '+').replace('_', '/');
      while (padded.length() % 4 != 0) {
        padded += "=";
      }
      decoded = java.util.Base64.getDecoder().decode(padded);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (decoded.length < 8) {
      return false;
    }
    boolean spaceOrJson = false;
    for (byte b : decoded) {
      if (b == ' ' || b == '{' || b == '"') {
        spaceOrJson = true;
      } else if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7f) {
        return false;
      }
    }
    String text = new String(decoded, java.nio.charset.StandardCharsets.UTF_8);
    return spaceOrJson && !text.contains("\uFFFD");
  }

  private static boolean sensitiveOrNeutral(String key) {
    return key == null || key.isEmpty() || sensitiveName(key) || (nameFlags(key) & HASHY) == 0;
  }

  /** {@link #nameFlags}: the name, as written, ends like a hash or reference ({@link #HASHY_NAME}). */
  private static final int HASHY = 1;
  /** {@link #nameFlags}: the name with '-' read as '_' ends like a hash or reference. */
  private static final int HASHY_DASHED = 2;
  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> NAME_FLAGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What {@link #HASHY_NAME} says of a key, kept per key: the same few keys come back in every file. */
  private static int nameFlags(String key) {
    Integer known = NAME_FLAGS.get(key);
    if (known != null) {
      return known;
    }
    boolean hashy = hashyName(key);
    boolean hashyDashed = key.indexOf('-') < 0 ? hashy : hashyName(key.replace('-', '_'));
    int flags = (hashy ? HASHY : 0) | (hashyDashed ? HASHY_DASHED : 0);
    if (key.length() <= 200 && NAME_FLAGS.size() < 50_000) {
      NAME_FLAGS.put(key, flags);
    }
    return flags;
  }

  /**
   * {@code HASHY_NAME.matcher(key).find()}: the key ends with one of {@link #HASHY_ENDINGS}, ASCII letters in any
   * case (the pattern's {@code (?i)} without Unicode case). A key holding a line terminator goes to the pattern,
   * whose {@code $} also matches before a final one.
   */
  static boolean hashyName(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return HASHY_NAME.matcher(key).find();
      }
    }
    for (String ending : HASHY_ENDINGS) {
      if (endsWithAsciiIgnoreCase(key, ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text ends with the lower-case ASCII ending, comparing ASCII letters without case. */
  private static boolean endsWithAsciiIgnoreCase(String text, String ending) {
    int start = text.length() - ending.length();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < ending.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != ending.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(String value) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double entropy = 0;
    double length = value.length();
    for (int count : counts) {
      if (count > 0) {
        double p = count / length;
        entropy -= p * (Math.log(p) / Math.log(2));
      }
    }
    if (other > 0) {
      double p = other / length;
      entropy -= p * (Math.log(p) / Math.log(2));
    }
    return entropy;
  }
}
