package dev.devopskit.core.check;

import java.util.Locale;

/** How sure a rule is that each of its findings is a real problem. */
public enum Confidence {
  /** The finding is a fact about the file: its grammar, a reference that does not resolve, a known credential. */
  HIGH,
  /** A heuristic that is right most of the time: a name that says password, a job that looks like a deploy. */
  MEDIUM,
  /** A judgement of intent or of natural language, to be read by a person before acting on it. */
  LOW;

  /** The lower-case name used in reports and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
