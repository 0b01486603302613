package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/ref-version-mismatch}: the version comment of a SHA pin agrees with the other pins of the same
 * action in the file. Offline, two contradictions can be told for certain: one commit commented as two different
 * versions, and one full version ({@code vX.Y.Z}) commented on two different commits. Whether a comment names the
 * tag that really points at the commit needs the network and is left to it.
 */
public final class RefVersionMismatch implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/ref-version-mismatch")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.WARNING)
      .summary("The version comments of SHA pins agree with each other")
      .build();
  /** The version in a comment: {@code v4}, {@code v4.2.2}, {@code tag=v1.0.0}, {@code 2.1.0}. */
  private static final Pattern VERSION = Pattern.compile("(?<![\\w.])v?(\\d+(?:\\.\\d+)*)(?:[-+][\\w.]+)?(?![\\w.])");

  private record Pin(String sha, String version, DocPath path) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Map<String, Pin> bySha = new HashMap<>();
    Map<String, Pin> byVersion = new HashMap<>();
    UsesSites.forEach(workflow, (ref, path) -> {
      Optional<String> version = version(ref);
      if (version.isEmpty()) {
        return;
      }
      String repository = ref.repository().orElse("").toLowerCase(Locale.ROOT);
      String sha = ref.ref().orElse("").toLowerCase(Locale.ROOT);
      Pin pin = new Pin(sha, version.get(), path);
      Pin sameSha = bySha.putIfAbsent(repository + "@" + sha, pin);
      if (sameSha != null && !compatible(sameSha.version(), pin.version())) {
        context.report(path, repository + "@" + shortSha(sha) + " is commented as " + pin.version() + " here but as "
            + sameSha.version() + " at " + sameSha.path() + ": one commit cannot be both versions",
            "look up which tag points at the commit and correct the wrong comment");
        return;
      }
      if (pin.version().chars().filter(c -> c == '.').count() < 2) {
        return;
      }
      Pin sameVersion = byVersion.putIfAbsent(repository + "#" + pin.version(), pin);
      if (sameVersion != null && !sameVersion.sha().equals(sha)) {
        context.report(path, repository + " " + pin.version() + " is pinned to " + shortSha(sha) + " here but to "
            + shortSha(sameVersion.sha()) + " at " + sameVersion.path() + ": one of the comments is wrong",
            "pin both to the commit the tag " + pin.version() + " points at");
      }
    });
  }

  /** The version a SHA pin's comment names, without a leading {@code v}; empty for other references. */
  private static Optional<String> version(ActionRef ref) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || !ref.isShaPinned() || ref.comment().isEmpty()) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(ref.comment().get());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether two versions can name one commit: equal, or one a prefix of the other ({@code 4} and {@code 4.2.2}). */
  private static boolean compatible(String a, String b) {
    return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
  }

  private static String shortSha(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}
