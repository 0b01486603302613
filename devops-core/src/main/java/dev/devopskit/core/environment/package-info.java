/**
 * Environments and the promotion path: {@link dev.devopskit.core.environment.Environment},
 * {@link dev.devopskit.core.environment.Environments}, the {@code environments} format and its rules.
 */
package dev.devopskit.core.environment;
