FROM debian:12-slim
RUN apt-get update && apt-get install curl
RUN apk add git
