package dev.devopskit.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of devops-kit: put it on every abstract value type (or its package).
 *
 * <p>A value is declared as an abstract class with the plain name ({@code Workflow}) that implements the
 * generated {@code WithWorkflow} (copy methods), a nested {@code Builder extends ImmutableWorkflow.Builder} and a
 * static {@code builder()}. Public signatures only ever name the abstract type and its {@code Builder}.
 *
 * <p>Every value's {@code toString()} is {@link ValueText#of(Object)}: the familiar
 * {@code Step{name=Test, run=npm test}} text, except that a secret's value never shows (literal tokens, keys and
 * passwords the scanner recognises become {@code ghp_****}; attributes marked {@link Masked} become {@code ****}).
 * Immutables' own generated text cannot be filtered: its {@code @Value.Redacted} hides a whole attribute, which
 * would make run scripts, environment maps and prose unreadable, and a hand-written {@code toString()} on each of the
 * many top-level types would miss the nested ones and every type added later. A value type therefore never declares
 * {@code toString()} (the generated one would replace it): it implements {@link OwnText} to show a text of its own.
 * {@code ArchitectureRules.checkLibrary} (in the test support) keeps every module to this.
 *
 * <pre>{@code
 * @Value.Immutable
 * @DevOpsStyle
 * public abstract class Step implements WithStep {
 *   public abstract Optional<String> name();
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableStep.Builder {}
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // Accessors are plain names (name(), jobs()), as in records: no get/is prefixes to strip.
    get = {"is*", "get*"},
    // The generated class must be public for the generated With* copy interface to be public too; it is
    // still never named in a public signature (see overshadowImplementation).
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    // build(), with...() and copies return the abstract type, never ImmutableX.
    overshadowImplementation = true,
    // Builders are reached through the abstract type's builder(); the generated one is not the entry point.
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    // No Guava, no JSR-305 on the class path of users: generated code uses the JDK only.
    jdkOnly = true,
    // Mandatory attributes are checked and nulls rejected when a value is built, not when it is used.
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    // Optional attributes accept plain values in builders: name("build") rather than name(Optional.of("build")).
    optionalAcceptNullable = true,
    // toString() is ValueText.of(this): the usual Type{attribute=value, ...} text with every secret the scanner
    // recognises redacted, @Masked attributes as ****, and bounded length. It replaces any toString() an abstract
    // type declares (implement OwnText for a text of one's own) and ignores @Value.Redacted (use @Masked).
    delegateToString = "dev.devopskit.core.value.ValueText.of",
    // Collection attributes get singular adders: steps() gets addStep(...) next to addAllSteps(...).
    depluralize = true,
    // English plurals the naive rule (drop the final 's') gets wrong: branches gives addBranch, not addBranche.
    depluralizeDictionary = {"branch:branches", "match:matches", "status:statuses", "alias:aliases",
        "address:addresses", "patch:patches", "process:processes", "search:searches", "class:classes",
        "hash:hashes", "box:boxes", "index:indexes", "entry:entries", "policy:policies", "dependency:dependencies",
        "capability:capabilities", "property:properties", "query:queries", "category:categories"})
public @interface DevOpsStyle {}
