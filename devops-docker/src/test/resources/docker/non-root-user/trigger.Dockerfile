FROM alpine:3.20
USER app
USER root
CMD ["sh"]
