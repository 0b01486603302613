FROM alpine:3.20
COPY .env /app/.env
COPY certs/server.key /etc/ssl/
COPY leaky/ /app/
COPY app/ /app/
