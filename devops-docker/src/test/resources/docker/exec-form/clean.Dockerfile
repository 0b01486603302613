FROM node:20-alpine
ENTRYPOINT ["node", "server.js"]
CMD ["--port", "8080"]
