FROM node:20-alpine
ENTRYPOINT node server.js
CMD npm start
