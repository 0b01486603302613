package app;

class Checkout {
  boolean enabled(Flags flags) {
    return flags.isEnabled("new-checkout") && flags.isEnabled("dark-mode")
        && flags.isEnabled("search-v2");
  }
}
