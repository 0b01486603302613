FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM alpine:3.20 AS build
COPY --from=biuld /out/app /app
COPY --from=final /x /y
FROM alpine:3.20 AS final
