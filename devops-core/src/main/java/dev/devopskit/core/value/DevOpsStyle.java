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
    // toString() never prints attributes marked @Value.Redacted (anything that might carry a secret).
    redactedMask = "****",
    // Collection attributes get singular adders: steps() gets addStep(...) next to addAllSteps(...).
    depluralize = true,
    // English plurals the naive rule (drop the final 's') gets wrong: branches gives addBranch, not addBranche.
    depluralizeDictionary = {"branch:branches", "match:matches", "status:statuses", "alias:aliases",
        "address:addresses", "patch:patches", "process:processes", "search:searches", "class:classes",
        "hash:hashes", "box:boxes", "index:indexes", "entry:entries", "policy:policies", "dependency:dependencies",
        "capability:capabilities", "property:properties", "query:queries", "category:categories"})
public @interface DevOpsStyle {}
