/**
 * Grammars that several modules read, written once: {@link dev.devopskit.core.syntax.CronExpression} (five-field
 * cron), {@link dev.devopskit.core.syntax.Glob} (GitHub filters, {@code .dockerignore}, policy paths) and
 * {@link dev.devopskit.core.syntax.ShellWords} (shell command words), and the word search that rules and the
 * secret scanner run before a regular expression ({@link dev.devopskit.core.syntax.AsciiWords},
 * {@link dev.devopskit.core.syntax.StartWordPattern}). Values that hold such a text check it here
 * when they are built, so what one module accepts another can write.
 */
package dev.devopskit.core.syntax;
