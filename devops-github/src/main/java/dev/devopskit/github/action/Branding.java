package dev.devopskit.github.action;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code branding}: the icon and color of the action's badge on GitHub Marketplace. */
@Value.Immutable
@DevOpsStyle
public abstract class Branding implements WithBranding {

  /** {@code icon}: the name of a Feather icon, such as {@code award}. */
  public abstract Optional<String> icon();

  /** {@code color}: white, black, yellow, blue, green, orange, red, purple or gray-dark. */
  public abstract Optional<String> color();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Branding with an icon and a color. */
  public static Branding of(String icon, String color) {
    return builder().icon(icon).color(color).build();
  }

  /** Starts a branding. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds brandings. */
  public static final class Builder extends ImmutableBranding.Builder {}
}
