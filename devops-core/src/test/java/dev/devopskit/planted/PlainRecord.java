package dev.devopskit.planted;

/**
 * Planted violation: an exported record with the default toString(), which would show a secret as it is.
 *
 * @param command a command that may hold a secret
 */
public record PlainRecord(String command) {}
