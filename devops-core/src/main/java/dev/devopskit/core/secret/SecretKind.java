package dev.devopskit.core.secret;

/** The kinds of secret the scanner recognises. */
public enum SecretKind {
  AWS_ACCESS_KEY_ID("AWS access key id"),
  AWS_SECRET_ACCESS_KEY("AWS secret access key"),
  GITHUB_TOKEN("GitHub token"),
  GITHUB_FINE_GRAINED_TOKEN("GitHub fine-grained personal access token"),
  GITLAB_TOKEN("GitLab personal access token"),
  SLACK_TOKEN("Slack token"),
  SLACK_WEBHOOK("Slack incoming webhook URL"),
  STRIPE_KEY("Stripe live secret or restricted key"),
  GOOGLE_API_KEY("Google API key"),
  PRIVATE_KEY("private key block"),
  JWT("JSON Web Token"),
  NPM_TOKEN("npm access token"),
  PYPI_TOKEN("PyPI API token"),
  SENDGRID_KEY("SendGrid API key"),
  TWILIO_KEY("Twilio API key"),
  AZURE_STORAGE_CONNECTION_STRING("Azure storage connection string"),
  DATABASE_URL_PASSWORD("password inside a database URL"),
  OPENAI_KEY("OpenAI API key"),
  ANTHROPIC_KEY("Anthropic API key"),
  HUGGINGFACE_TOKEN("Hugging Face access token"),
  DIGITALOCEAN_TOKEN("DigitalOcean token"),
  SHOPIFY_TOKEN("Shopify access token"),
  MAILGUN_KEY("Mailgun API key"),
  TELEGRAM_BOT_TOKEN("Telegram bot token"),
  DISCORD_WEBHOOK("Discord webhook URL"),
  DOCKERHUB_TOKEN("Docker Hub personal access token"),
  SENSITIVE_ASSIGNMENT("literal value assigned to a secret-looking name"),
  /**
   * A short or word-like literal under a secret-looking name ({@code POSTGRES_PASSWORD: k3str4}): usually a local
   * development default, reported as a warning.
   */
  WEAK_ASSIGNMENT("short or word-like literal assigned to a secret-looking name"),
  HIGH_ENTROPY("high-entropy string");

  private final String description;

  SecretKind(String description) {
    this.description = description;
  }

  /** What the kind is, in words. */
  public String description() {
    return description;
  }

  /**
   * Whether the format itself names a vendor ({@code ghp_}, {@code AKIA}, {@code xoxb-}), so a match is a
   * credential wherever it is written. Private keys, JSON Web Tokens, passwords in URLs and values judged by their
   * key's name or their entropy are generic: test fixtures, examples and specifications are full of them.
   */
  public boolean providerSpecific() {
    switch (this) {
      case PRIVATE_KEY: case JWT: case DATABASE_URL_PASSWORD: case AWS_SECRET_ACCESS_KEY: case SENSITIVE_ASSIGNMENT:
      case WEAK_ASSIGNMENT: case HIGH_ENTROPY:
        return false;
      default:
        return true;
    }
  }

  /** A stable lower-kebab id, such as {@code github-token}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
