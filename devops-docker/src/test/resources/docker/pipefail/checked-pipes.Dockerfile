# Pipes whose failure cannot pass unseen: checksum checks, and substitutions whose value is then checked or used.
FROM debian:12-slim
RUN set -eux; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-$dpkgArch"; \
	echo "$GOSU_SHA256 */usr/local/bin/gosu" | sha256sum -c -; \
	chmod +x /usr/local/bin/gosu
RUN set -eux; \
	for src in idle3 pip3 pydoc3 python3; do \
		dst="$(echo "$src" | tr -d 3)"; \
		[ ! -e "/usr/local/bin/$dst" ]; \
		ln -svT "$src" "/usr/local/bin/$dst"; \
	done
RUN if [ -n "$(find /usr/local -name '*.pyc' | head -n 1)" ]; then exit 1; fi
