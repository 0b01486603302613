# An image from the author's own registry, pulled without a tag: the fix keeps the host.
FROM r.example.co/curl
RUN apk add --no-cache ca-certificates
ENTRYPOINT ["curl"]
