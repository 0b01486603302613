package shop;

import dev.openfeature.sdk.Client;

class Checkout {
  private final Client flags;

  Checkout(Client flags) {
    this.flags = flags;
  }

  String page(String user) {
    if (flags.getBooleanValue("new-checkout", false)) {
      return "new";
    }
    String theme = flags.getStringValue("checkout-theme", "classic");
    return System.getenv("FEATURE_PAYMENTS_KILL_SWITCH") == null ? theme : "off";
  }
}
