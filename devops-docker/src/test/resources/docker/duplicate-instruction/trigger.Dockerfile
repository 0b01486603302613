FROM alpine:3.20
CMD ["a"]
ENTRYPOINT ["x"]
CMD ["b"]
