FROM node AS deps
FROM python:latest
FROM deps AS final
