package dev.devopskit.docs.postmortem;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import org.immutables.value.Value;

/** What the team learned: what went well, what went wrong, and where it got lucky. */
@Value.Immutable
@DevOpsStyle
public abstract class LessonsLearned implements WithLessonsLearned {

  /** What went well. */
  public abstract List<String> wentWell();

  /** What went wrong. */
  public abstract List<String> wentWrong();

  /** Where the team got lucky. */
  public abstract List<String> gotLucky();

  /** No lessons yet (the template's starting point). */
  public static LessonsLearned empty() {
    return builder().build();
  }

  /** Starts lessons. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds lessons. */
  public static final class Builder extends ImmutableLessonsLearned.Builder {}
}
