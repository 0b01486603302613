package dev.devopskit.core.flag;

/**
 * A place in source code that asks for a flag.
 *
 * @param key the flag key asked for
 * @param file the file, relative to the scanned root, with forward slashes
 * @param line the 1-based line
 * @param column the 1-based column where the key starts
 */
public record FlagReference(String key, String file, int line, int column) {}
