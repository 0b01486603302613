# A base image that the project's service images are built FROM: PHP and its extensions, no command to run.
FROM php:8.3-cli-alpine3.20 AS base
RUN apk add --no-cache icu-libs libzip \
    && docker-php-ext-install intl zip
WORKDIR /usr/src/code
