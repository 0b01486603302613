# An isolated build environment that CI runs its builds in: the toolchain is the point, and no service runs here.
FROM rust:1.82-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends cmake pkg-config python3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN cargo build --release --locked
