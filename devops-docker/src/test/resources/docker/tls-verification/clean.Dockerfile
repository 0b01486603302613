FROM debian:12-slim
COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
RUN update-ca-certificates
RUN curl -fsSL https://repo.example.com/key.gpg -o /usr/share/keyrings/repo.gpg
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-ca.crt
CMD ["node", "server.js"]
