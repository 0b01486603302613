FROM alpine:3.20
COPY app/ /app/
COPY .env.example /app/
