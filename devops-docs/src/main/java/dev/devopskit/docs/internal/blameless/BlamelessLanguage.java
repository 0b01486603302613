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
 *
 * <p>In Root Cause, a clause is judged by its subject and its verb: a named person, a role, a team or "someone" as
 * the agent of an act that caused the incident ("Bob merged it without review", "el equipo de pagos debió avisar")
 * blames. A person who acted by the process while the system lacked a safeguard ("Alice deployed it as the runbook
 * says; nothing checked the pool size") is neutral, unless the clause itself names a faulty act ("without review",
 * "the wrong", "por error").
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
  /** Teams and unnamed people as the agents of a cause: "the payments team", "el equipo de pagos", "someone". */
  private static final String TEAMS = "(?:(?:the|our|el|nuestro) )?(?:[\\p{L}-]+ )?(?:team|equipo)(?: de [\\p{L}-]+)?"
      + "|someone|somebody|alguien";
  /** A modal of hindsight with any verb: "should have warned", "debió avisar", "debería haber revisado". */
  private static final String HINDSIGHT_VERBS = "should(?:n['’]t| not)? have (?!been\\b)\\p{L}+"
      + "|deb(?:ió|io|ían|ian|ieron|ería|eria|erían|erian)(?: haber)? (?!sido\\b)\\p{L}+";
  /** Words in the person's clause that make the act itself faulty, whatever the system lacked. */
  private static final Pattern FAULTY_ACT = Pattern.compile("(?iu)\\b(?:without (?:a |any )?(?:review|approval|"
      + "testing|tests|checking|reading|asking)|the wrong|by mistake|accidentally|mistakenly|instead of|"
      + "sin (?:revisión|revision|revisar|aprobación|aprobacion|probar|pruebas|comprobar|leer|avisar)|"
      + "equivocad[oa]s?|incorrect[oa]s?|por error|sin querer|en lugar de|en vez de)(?![\\p{L}])");
  /** Words that say the person acted by the process, or that the system lacked the safeguard. */
  private static final Pattern BY_THE_PROCESS = Pattern.compile("(?iu)\\b(?:as (?:the )?(?:runbook|process|"
      + "procedure|checklist|playbook|documentation|docs?) (?:says|said|required|requires|describes|described)|"
      + "as documented|as instructed|following the (?:runbook|process|procedure|checklist|playbook|release steps)|"
      + "(?:per|according to) the (?:runbook|process|procedure|checklist|playbook)|nothing (?:in|stopped|checked|"
      + "prevented|blocked|warned|validated)|no (?:check|guard|validation|safeguard|alert|limit|lock|confirmation|"
      + "test) (?:stopped|caught|checked|prevented|blocked|warned|existed|was)|(?:had|has|have) no (?:check|guard|"
      + "validation|safeguard|alert|limit|lock|confirmation|test)|did(?: not|n['’]t) (?:stop|check|catch|prevent|"
      + "block|warn|validate|ask)|"
      + "(?:como|según|segun) (?:indica|dice|manda|pide|exige)? ?(?:el|la) (?:runbook|proceso|procedimiento|"
      + "checklist|documentación|documentacion)|siguiendo (?:el|la) (?:runbook|proceso|procedimiento|checklist)|"
      + "nada (?:en|impidió|impidio|comprobó|comprobo|bloqueó|bloqueo|avisó|aviso)|no (?:había|habia|hubo|tenía|"
      + "tenia) (?:ninguna? )?(?:comprobación|comprobacion|validación|validacion|control|alerta|límite|limite|"
      + "bloqueo|confirmación|confirmacion|prueba))(?![\\p{L}])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
  private static final Pattern HINDSIGHT = Pattern.compile("(?iu)\\b(?:" + HINDSIGHT_VERBS + ")");

  private static final String ROLES = "(?:the |el |la )(?:on-?call(?: engineer)?|engineer|developer|operator|intern|"
      + "admin|administrator|contractor|new hire|ingeniero|ingeniera|desarrollador|desarrolladora|operador|operadora|"
      + "becario|becaria|técnico|tecnico|administrador|administradora|guardia)(?: de guardia)?|(?:he|she|él|ella)";

  /** Characters below this have a table of the phrases that can start with them; others try every phrase. */
  private static final int TABLE_SIZE = 0x250;

  private final List<Phrase> phrases;
  private final Phrase personSubject;
  private final Pattern subject;
  /** For each character below {@link #TABLE_SIZE}, the indexes of the phrases whose match can start with it. */
  private final int[][] phrasesStartingWith;
  private final int[] allPhrases;
  /** For each character below {@link #TABLE_SIZE}, whether a person-subject match can start with it. */
  private final boolean[] subjectStartsWith;

  /** One entry of the phrase list. */
  public record Phrase(String id, String language, Pattern pattern, String why, String instead) {}

  /** One hit: where in the text (offset and length), which phrase, and the words matched. */
  public record Hit(int offset, int length, Phrase phrase, String words) {}

  private BlamelessLanguage(List<Phrase> phrases, Phrase personSubject, Set<String> names) {
    this.phrases = List.copyOf(phrases);
    this.personSubject = personSubject;
    String nameAlternatives = String.join("|", names);
    this.subject = Pattern.compile("(?u)(?<![\\p{L}\\w@-])(@[\\w-]+(?:/[\\w-]+)?|(?i:" + ROLES + ")|(?i:" + TEAMS
        + ")|(?i:" + nameAlternatives + ")(?-i:\\s+[A-Z][\\p{L}]+)?)\\s+(?i:" + ADVERBS + "(?:" + CAUSE_VERBS + "|"
        + HINDSIGHT_VERBS + "))(?![\\p{L}])");
    this.phrasesStartingWith = new int[TABLE_SIZE][];
    this.subjectStartsWith = new boolean[TABLE_SIZE];
    this.allPhrases = new int[this.phrases.size()];
    for (int k = 0; k < allPhrases.length; k++) {
      allPhrases[k] = k;
    }
    for (char c = 0; c < TABLE_SIZE; c++) {
      List<Integer> starting = new ArrayList<>();
      for (int k = 0; k < this.phrases.size(); k++) {
        if (canStartWith(this.phrases.get(k).pattern(), c)) {
          starting.add(k);
        }
      }
      phrasesStartingWith[c] = starting.stream().mapToInt(Integer::intValue).toArray();
      subjectStartsWith[c] = canStartWith(subject, c);
    }
  }

  /**
   * Whether a match of the pattern can start with the character: matching just that character (after a space, for
   * the look-behind) either succeeds or runs out of input; a character no match starts with fails before the end.
   */
  private static boolean canStartWith(Pattern pattern, char c) {
    Matcher m = pattern.matcher(" " + c);
    m.useTransparentBounds(true);
    m.region(1, 2);
    return m.lookingAt() || m.hitEnd();
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
    // One pass over the text instead of one search per phrase: every phrase starts at a word start (its look-behind)
    // with a character from a known set, so only those positions are tried, and only with the phrases that can
    // start there. Per phrase, a match resumes after the previous one, as a search would.
    int length = text.length();
    Matcher[] matchers = new Matcher[phrases.size()];
    int[] resumeAt = new int[phrases.size()];
    for (int at = 0; at < length; at++) {
      char c = text.charAt(at);
      if (at > 0 && insidePhraseWord(text.charAt(at - 1))) {
        continue;
      }
      for (int k : c < TABLE_SIZE ? phrasesStartingWith[c] : allPhrases) {
        if (at < resumeAt[k]) {
          continue;
        }
        Matcher m = matchers[k] == null ? matchers[k] = transparent(phrases.get(k).pattern(), text) : matchers[k];
        m.region(at, length);
        if (m.lookingAt()) {
          resumeAt[k] = m.end();
          if (!negated(text, m.start(), m.group())) {
            hits.add(new Hit(m.start(), m.end() - m.start(), phrases.get(k), markdown.substring(m.start(), m.end())));
          }
        }
      }
    }
    if (rootCause) {
      java.util.BitSet covered = new java.util.BitSet(text.length());
      hits.forEach(h -> covered.set(h.offset(), h.offset() + h.length()));
      Matcher m = transparent(subject, text);
      int resume = 0;
      for (int at = 0; at < length; at++) {
        char c = text.charAt(at);
        if (at < resume || (at > 0 && insideSubjectWord(text.charAt(at - 1)))
            || (c < TABLE_SIZE && !subjectStartsWith[c])) {
          continue;
        }
        m.region(at, length);
        if (!m.lookingAt()) {
          continue;
        }
        resume = m.end();
        int start = m.start();
        int firstCovered = covered.nextSetBit(start);
        boolean overlaps = firstCovered >= 0 && firstCovered < m.end();
        if (!overlaps && !negated(text, start, m.group()) && blamesAgent(text, start, m.end())) {
          hits.add(new Hit(start, m.end() - start, personSubject, markdown.substring(start, m.end())));
        }
      }
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::offset));
    return hits;
  }

  /**
   * Whether a person, role or team as the subject of a cause (the match from {@code start} to {@code end}) blames:
   * hindsight about them always does; an act does unless the sentence says they acted by the process or that the
   * system lacked the safeguard, and their own clause names nothing faulty about the act.
   */
  static boolean blamesAgent(String text, int start, int end) {
    if (HINDSIGHT.matcher(text).region(start, end).find()) {
      return true;
    }
    int sentenceStart = 0;
    Matcher before = SENTENCE_END.matcher(text).region(0, start);
    while (before.find()) {
      sentenceStart = before.end();
    }
    Matcher after = SENTENCE_END.matcher(text).region(end, text.length());
    int sentenceEnd = after.find() ? after.start() : text.length();
    Matcher clauseEnd = CLAUSE_END.matcher(text).region(end, sentenceEnd);
    int clause = clauseEnd.find() ? clauseEnd.start() : sentenceEnd;
    if (FAULTY_ACT.matcher(text).region(start, clause).find()) {
      return true;
    }
    return !BY_THE_PROCESS.matcher(text).region(sentenceStart, sentenceEnd).find();
  }

  private static Matcher transparent(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * Whether a phrase cannot start right after this character: it is one its look-behind refuses. Conservative: a
   * character this does not know (such as half of a surrogate pair) is left to the pattern.
   */
  private static boolean insidePhraseWord(char previous) {
    return Character.isLetterOrDigit(previous) || previous == '_' || previous == '@' || previous == '\''
        || previous == '’' || previous == '-';
  }

  /** The same for the person-subject pattern, whose look-behind refuses letters, ASCII word characters, @ and -. */
  private static boolean insideSubjectWord(char previous) {
    return Character.isLetter(previous) || (previous >= '0' && previous <= '9') || previous == '_' || previous == '@'
        || previous == '-';
  }

  /** The hits as one search per phrase over the whole text finds them: the reference for {@link #scan}. */
  List<Hit> scanEachPhrase(String markdown, boolean rootCause) {
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
        if (!overlaps && !negated(text, start, m.group()) && blamesAgent(text, start, m.end())) {
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
