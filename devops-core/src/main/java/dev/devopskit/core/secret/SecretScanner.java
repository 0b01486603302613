package dev.devopskit.core.secret;

import dev.devopskit.core.source.FileRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in text and in key/value pairs: provider token formats, literal values given to secret-looking
 * names, and high-entropy strings.
 *
 * <p>Placeholders are not secrets: {@code ${VAR}}, {@code ${{ secrets.X }}}, {@code $VAR}, {@code <...>},
 * {@code {{ ... }}}, and values such as {@code changeme}, {@code example} or {@code xxx}. Every pattern is
 * bounded (no nested quantifiers), so no input makes the scanner backtrack catastrophically.
 *
 * <p>This class is the detection: where assignments are, which hits overlap, which finding a value gives. The
 * vendor token formats are in {@code Providers}, what names and values say of themselves in {@code SecretNames}
 * and {@code SecretValues}, and hiding what is found in {@link Redaction}. The scanner keeps nothing between
 * calls and is safe to share.
 */
public final class SecretScanner {
  private static final SecretScanner DEFAULTS = new SecretScanner();

  private static final Pattern ASSIGNMENT = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.-]{0,80}+)[\"']?[ \\t]{0,4}(?:=|:)[ \\t]{0,4}"
          + "(\"[^\"\\n]{1,300}\"|'[^'\\n]{1,300}'|[^\\s\"'`;,&|)}\\]]{1,300})");

  /** Names that hold an AWS secret access key; the value is 40 base64 characters. */
  private static final Pattern AWS_SECRET_NAME = Pattern.compile("(?i)(?:^|[_.-])aws[_.-]?secret(?:[_.-]?access)?[_.-]?key$");
  private static final Pattern AWS_SECRET_VALUE = Pattern.compile("[A-Za-z0-9/+]{40}");

  private SecretScanner() {}

  /** The scanner with every built-in pattern. */
  public static SecretScanner defaults() {
    return DEFAULTS;
  }

  /**
   * Finds secrets in free text (scripts, messages, files no format claims): provider formats anywhere, and
   * {@code NAME=value} or {@code name: value} assignments of literals to secret-looking names.
   */
  public List<SecretMatch> scanText(String text) {
    List<SecretMatch> matches = new ArrayList<>();
    Providers.find(text, 0, matches);
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
  static void assignments(String text, List<SecretMatch> matches) {
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
    Providers.find(value, 0, found);
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
  static Optional<SecretMatch> withoutProviders(String key, String value, List<SecretMatch> inText) {
    String trimmed = value.trim();
    if (SecretNames.sensitiveName(key) && SecretValues.literalSecretValue(trimmed) && !trimmed.contains("\n")
        && !SecretNames.repeatsName(key, trimmed)) {
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
    if (SecretValues.highEntropyToken(key, trimmed)) {
      int start = value.indexOf(trimmed);
      return Optional.of(new SecretMatch(SecretKind.HIGH_ENTROPY, start, start + trimmed.length(),
          Redaction.redact(trimmed)));
    }
    return Optional.empty();
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
      if (SecretNames.sensitiveName(name) && SecretValues.literalSecretValue(raw) && !followedByCode(text, assignment.end(2))
          && !SecretNames.repeatsName(name, raw)) {
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
    return SecretNames.SENSITIVE_FRAGMENTS.inLowerCase(text, start, end);
  }

  /**
   * An AWS secret access key when the name and shape say so, else a literal given to a secret-looking name:
   * credential-shaped, or short and word-like ({@link SecretKind#WEAK_ASSIGNMENT}).
   */
  private static SecretKind assignmentKind(String name, String value) {
    if (AWS_SECRET_NAME.matcher(name).find() && AWS_SECRET_VALUE.matcher(value).matches()) {
      return SecretKind.AWS_SECRET_ACCESS_KEY;
    }
    return SecretValues.credentialShaped(value) ? SecretKind.SENSITIVE_ASSIGNMENT : SecretKind.WEAK_ASSIGNMENT;
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

  /** Whether a match in the list overlaps {@code [start, end)}. */
  static boolean overlaps(List<SecretMatch> matches, int start, int end) {
    for (SecretMatch match : matches) {
      if (start < match.end() && match.start() < end) {
        return true;
      }
    }
    return false;
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
      if (!SecretValues.tokenChar(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < length && SecretValues.tokenChar(text.charAt(runEnd))) {
        runEnd++;
      }
      int start = i;
      while (runEnd - start >= 20) {
        int end = Math.min(start + 200, runEnd);
        String value = text.substring(start, end);
        if (!SecretValues.hexChars(value) && !overlaps(earlier, start, end) && SecretValues.highEntropyToken("", value)) {
          found.add(new SecretMatch(SecretKind.HIGH_ENTROPY, start, end, Redaction.redact(value)));
        }
        start = end;
      }
      i = runEnd;
    }
    return found;
  }

  /** Whether a name is one whose values are secrets ({@code DB_PASSWORD}, {@code apiKey}, {@code token}). */
  public static boolean sensitiveName(String key) {
    return SecretNames.sensitiveName(key);
  }

  /** Whether a value is a reference or a stand-in rather than a real value. */
  public static boolean isPlaceholder(String value) {
    return SecretValues.isPlaceholder(value);
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(String value) {
    return SecretValues.entropy(value);
  }
}
