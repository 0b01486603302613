package dev.devopskit.docs.internal.blameless;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording that blames people instead of systems, in English and Spanish. The phrases, with why each one
 * blames and a system-focused rewrite, are data ({@code phrases.tsv} beside this class); the given names used to
 * spot a person as the subject of a cause in Root Cause are in {@code names.txt}.
 *
 * <p>Quoted text, inline code, fenced code and block quotes are not searched, and a hit right after a negation in
 * the same clause ("not human error", "no fue un error humano", "nobody's fault") is dropped.
 */
public final class BlamelessLanguage {
  private static final BlamelessLanguage DEFAULT = load();

  private static final Pattern NEGATION = Pattern.compile(
      "(?iu)(?:^|[^\\p{L}])(?:not|no|never|nobody|nobody['’]s|no one|no-one|nadie|nunca|ni|sin|without|n['’]t|"
          + "rather than|instead of|en lugar de|en vez de|isn['’]t|wasn['’]t|weren['’]t|aren['’]t)\\s*$");
  private static final Pattern CLAUSE_END = Pattern.compile("(?iu)[.;:!?,()\\[\\]|]|\\bbut\\b|\\bpero\\b|\\bsino\\b");
  private static final String CAUSE_VERBS = "deployed|pushed|merged|ran|executed|deleted|dropped|removed|changed|"
      + "modified|misconfigured|configured|broke|caused|introduced|forgot|ignored|skipped|approved|applied|typed|"
      + "restarted|disabled|overwrote|committed|truncated|rebooted|killed|rolled out|shipped|edited|"
      + "desplegó|desplego|subió|subio|borró|borro|eliminó|elimino|ejecutó|ejecuto|cambió|cambio|modificó|modifico|"
      + "configuró|configuro|rompió|rompio|causó|causo|introdujo|olvidó|olvido|ignoró|ignoro|omitió|omitio|aprobó|"
      + "aprobo|aplicó|aplico|reinició|reinicio|desactivó|desactivo|sobrescribió|sobrescribio|lanzó|lanzo|fusionó|"
      + "fusiono|editó|edito";
  private static final String ADVERBS = "(?:(?:accidentally|mistakenly|then|also|manually|directly|sin querer|"
      + "por error|manualmente|también|tambien|luego)\\s+)?";
  private static final String ROLES = "(?:the |el |la )(?:on-?call(?: engineer)?|engineer|developer|operator|intern|"
      + "admin|administrator|contractor|new hire|ingeniero|ingeniera|desarrollador|desarrolladora|operador|operadora|"
      + "becario|becaria|técnico|tecnico|administrador|administradora|guardia)(?: de guardia)?|(?:he|she|él|ella)";

  private final List<Phrase> phrases;
  private final Phrase personSubject;
  private final Pattern subject;

  /** One entry of the phrase list. */
  public record Phrase(String id, String language, Pattern pattern, String why, String instead) {}

  /** One hit: where in the text (offset and length), which phrase, and the words matched. */
  public record Hit(int offset, int length, Phrase phrase, String words) {}

  private BlamelessLanguage(List<Phrase> phrases, Phrase personSubject, Set<String> names) {
    this.phrases = List.copyOf(phrases);
    this.personSubject = personSubject;
    String nameAlternatives = String.join("|", names);
    this.subject = Pattern.compile("(?u)(?<![\\p{L}\\w@-])(@[\\w-]+|(?i:" + ROLES + ")|(?i:" + nameAlternatives
        + ")(?-i:\\s+[A-Z][\\p{L}]+)?)\\s+(?i:" + ADVERBS + "(?:" + CAUSE_VERBS + "))(?![\\p{L}])");
  }

  /** The built-in phrase list. */
  public static BlamelessLanguage standard() {
    return DEFAULT;
  }

  /** The phrases, in file order. */
  public List<Phrase> phrases() {
    return phrases;
  }

  private static BlamelessLanguage load() {
    List<Phrase> phrases = new ArrayList<>();
    Phrase personSubject = null;
    for (String line : lines("phrases.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 5) {
        throw new IllegalStateException("phrases.tsv: a line needs 5 tab-separated columns: " + line);
      }
      if (parts[2].isEmpty()) {
        personSubject = new Phrase(parts[0], parts[1], null, parts[3], parts[4]);
        continue;
      }
      String regex = "(?<![\\p{L}\\p{N}_@'’-])(?:" + parts[2].replace(" ", "\\s+") + ")(?![\\p{L}\\p{N}_])";
      phrases.add(new Phrase(parts[0], parts[1],
          Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), parts[3], parts[4]));
    }
    Set<String> names = new HashSet<>();
    for (String line : lines("names.txt")) {
      if (!line.startsWith("#")) {
        for (String name : line.strip().split("\\s+")) {
          if (!name.isEmpty()) {
            names.add(Pattern.quote(name.toLowerCase(Locale.ROOT)));
          }
        }
      }
    }
    if (personSubject == null) {
      throw new IllegalStateException("phrases.tsv needs the entry person-subject");
    }
    return new BlamelessLanguage(phrases, personSubject, new java.util.TreeSet<>(names));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = BlamelessLanguage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from devops-docs");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hits in a piece of Markdown prose. {@code rootCause} also looks for a person (a name, a @handle or a role)
   * as the subject of a cause.
   */
  public List<Hit> scan(String markdown, boolean rootCause) {
    String text = mask(markdown);
    List<Hit> hits = new ArrayList<>();
    for (Phrase phrase : phrases) {
      Matcher m = phrase.pattern().matcher(text);
      while (m.find()) {
        if (!negated(text, m.start(), m.group())) {
          hits.add(new Hit(m.start(), m.end() - m.start(), phrase, markdown.substring(m.start(), m.end())));
        }
      }
    }
    if (rootCause) {
      java.util.BitSet covered = new java.util.BitSet(text.length());
      hits.forEach(h -> covered.set(h.offset(), h.offset() + h.length()));
      Matcher m = subject.matcher(text);
      while (m.find()) {
        int start = m.start();
        int firstCovered = covered.nextSetBit(start);
        boolean overlaps = firstCovered >= 0 && firstCovered < m.end();
        if (!overlaps && !negated(text, start, m.group())) {
          hits.add(new Hit(start, m.end() - start, personSubject, markdown.substring(start, m.end())));
        }
      }
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::offset));
    return hits;
  }

  private static boolean negated(String text, int start, String words) {
    if (words.toLowerCase(Locale.ROOT).matches("(?s)(?:nobody|no one|nadie|anyone|anybody)\\b.*")) {
      return true;
    }
    int from = Math.max(0, start - 40);
    String before = text.substring(from, start);
    Matcher end = CLAUSE_END.matcher(before);
    int clauseStart = 0;
    while (end.find()) {
      clauseStart = end.end();
    }
    String clause = before.substring(clauseStart);
    // A negation up to three words before the hit: "not human error", "was not a human error", "no fue culpa de".
    String[] tokens = clause.strip().split("\\s+");
    StringBuilder window = new StringBuilder();
    for (int i = Math.max(0, tokens.length - 3); i < tokens.length; i++) {
      window.append(tokens[i]).append(' ');
      if (NEGATION.matcher(window.toString().strip()).find()) {
        return true;
      }
    }
    return Optional.of(clause).map(c -> NEGATION.matcher(c.strip()).find()).orElse(false);
  }

  /**
   * The text with code, quotes and block quotes replaced by spaces (same length, so offsets and lines stay).
   */
  static String mask(String markdown) {
    char[] out = markdown.toCharArray();
    maskFences(markdown, out);
    maskPattern(markdown, out, Pattern.compile("(?m)^[ \\t]{0,3}>.*$"));
    maskPattern(new String(out), out, Pattern.compile("`[^`\\n]*`"));
    maskPattern(new String(out), out, Pattern.compile("\"[^\"\\n]{1,200}\"|“[^”\\n]{1,200}”|«[^»\\n]{1,200}»|"
        + "„[^“\\n]{1,200}“|(?<![\\p{L}\\p{N}])'[^'\\n]{1,120}'(?![\\p{L}\\p{N}])|‘[^’\\n]{1,200}’"));
    return new String(out);
  }

  private static void maskFences(String text, char[] out) {
    String[] lines = text.split("\n", -1);
    int offset = 0;
    String fence = null;
    for (String line : lines) {
      String stripped = line.stripLeading();
      boolean isFence = stripped.startsWith("```") || stripped.startsWith("~~~");
      if (fence == null && isFence) {
        fence = stripped.substring(0, 3);
        blank(out, offset, offset + line.length());
      } else if (fence != null) {
        blank(out, offset, offset + line.length());
        if (stripped.startsWith(fence)) {
          fence = null;
        }
      }
      offset += line.length() + 1;
    }
  }

  private static void maskPattern(String text, char[] out, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      blank(out, m.start(), m.end());
    }
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to && i < out.length; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }

  /** The explanation of a hit for a finding's message. */
  public static String message(Hit hit) {
    return "'" + hit.words().replaceAll("\\s+", " ") + "' blames a person, not the system: " + hit.phrase().why();
  }
}
