package dev.devopskit.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.RuleDocs;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {
  private static final ShellScriptFormat FORMAT = new ShellScriptFormat();

  @Test
  void should_be_documented() throws IOException {
    RuleDocs.assertDocumented(List.of(ScriptTlsVerificationRule.INFO));
  }

  @Test
  void should_claim_scripts_by_extension_or_shebang() {
    assertThat(FORMAT.claims("scripts/deploy.sh")).isTrue();
    assertThat(FORMAT.claims("bin/setup.bash")).isTrue();
    assertThat(FORMAT.claims("README.md")).isFalse();
    assertThat(FORMAT.claimsContent("bin/release", "#!/usr/bin/env bash\nset -e\n")).isTrue();
    assertThat(FORMAT.claimsContent("bin/release", "#!/bin/sh -eu\n")).isTrue();
    assertThat(FORMAT.claimsContent("bin/tool", "#!/usr/bin/env python3\n")).isFalse();
    assertThat(FORMAT.claimsContent("notes.txt", "#!/bin/sh\n")).isFalse();
  }

  @Test
  void should_say_when_the_download_runs_as_code() {
    List<TlsVerification.Match> found = TlsVerification.inScript(
        "curl -fsSLk https://get.example.com/install.sh | sudo bash\nwget --no-check-certificate -O a.tgz https://x.example.com/a.tgz");
    assertThat(found).extracting(TlsVerification.Match::what, TlsVerification.Match::piped)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("curl -k (--insecure)", true),
            org.assertj.core.groups.Tuple.tuple("wget --no-check-certificate", false));
    assertThat(found.get(0).message()).contains("run as code");
  }

  @Test
  void should_read_a_command_continued_over_lines_as_one() {
    String script = "curl -fsSL \\\n  --insecure \\\n  https://get.example.com/install.sh \\\n  | bash\n"
        + "curl -fsSL \\\r\n  -o /dev/null \\\r\n  -k https://x.example.com/health\n";
    List<TlsVerification.Match> found = TlsVerification.inScript(script);
    assertThat(found).singleElement().satisfies(match -> {
      assertThat(match.piped()).as("the pipe is two lines below").isTrue();
      assertThat(script.substring(match.start(), match.end())).startsWith("curl").endsWith("--insecure");
    });
    assertThat(TlsVerification.inScript("curl -fsSL \\\n  https://localhost:8443/ \\\n  -k\n")).isEmpty();
  }

  @Test
  void should_leave_look_alikes_and_local_servers_alone() {
    assertThat(TlsVerification.inScript("curl -fsSL -H 'X-Api-Key: k' https://api.example.com")).isEmpty();
    assertThat(TlsVerification.inScript("curl -k https://localhost:8443/health")).isEmpty();
    assertThat(TlsVerification.inScript("until [ $(curl -k -s -o /dev/null -w %{http_code} $URL) = 200 ]; do")).isEmpty();
    assertThat(TlsVerification.inScript("curl -k -o /dev/null https://x.example.com/a.sh | sh")).hasSize(1);
    assertThat(TlsVerification.inScript("pip install --trusted-host 127.0.0.1 -r requirements.txt")).isEmpty();
    assertThat(TlsVerification.inScript("echo NODE_TLS_REJECT_UNAUTHORIZED=1")).isEmpty();
    assertThat(TlsVerification.inVariable("GIT_SSL_NO_VERIFY", "")).isEmpty();
    assertThat(TlsVerification.inVariable("GIT_SSL_NO_VERIFY", "${SKIP}")).isEmpty();
  }

  @Test
  void should_leave_test_scripts_alone() {
    String text = "#!/bin/sh\ncurl -k https://staging.example.com/health\n";
    List<Finding> inTests = List.copyOf(Policy.defaults().check(FORMAT.read(SourceFile.of("test/e2e/smoke.sh",
        text)), FORMAT).findings());
    List<Finding> inScripts = List.copyOf(Policy.defaults().check(FORMAT.read(SourceFile.of("scripts/smoke.sh",
        text)), FORMAT).findings());
    assertThat(inTests).isEmpty();
    assertThat(inScripts).extracting(f -> f.location().line()).containsExactly(2);
  }
}
