FROM debian:12-slim
RUN test -f /etc/os-release || exit 1
RUN set -o pipefail && curl -fsSL https://example.com/install.sh | sh
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
