package dev.devopskit.core.value;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that {@code toString()} never shows, whatever its value: it prints {@code name=****}.
 *
 * <p>Every value's text already hides the secrets the scanner recognises (see {@link ValueText}); this is for
 * attributes whose values are secret by their role even when they look harmless (a password, a compose
 * {@code environment} that may hold one). It replaces Immutables' {@code @Value.Redacted}, which the project style
 * does not read.
 *
 * <pre>{@code
 * @Masked
 * public abstract Optional<String> password();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Masked {}
