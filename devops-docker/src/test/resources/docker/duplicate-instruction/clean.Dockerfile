FROM alpine:3.20 AS one
CMD ["a"]
FROM alpine:3.20
CMD ["b"]
ENTRYPOINT ["x"]
