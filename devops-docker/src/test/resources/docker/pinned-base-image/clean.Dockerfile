ARG BASE=alpine:3.20
FROM node:20-alpine AS deps
FROM ${BASE} AS tools
FROM scratch
COPY --from=deps /x /x
