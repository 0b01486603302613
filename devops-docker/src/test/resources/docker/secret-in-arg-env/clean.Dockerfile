FROM alpine:3.20
ARG APP_VERSION=1.0
ENV DB_PASSWORD_FILE=/run/secrets/db_password
RUN --mount=type=secret,id=npm_token test -s /run/secrets/npm_token
