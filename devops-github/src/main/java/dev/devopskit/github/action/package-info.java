/**
 * GitHub Actions action metadata ({@code action.yml}) as values: {@link dev.devopskit.github.action.Action}, its
 * inputs, outputs, {@code runs} (composite, Docker or JavaScript) and branding.
 */
package dev.devopskit.github.action;
