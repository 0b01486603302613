# The server's port is exposed and the base image's CMD runs it: a service, running as root.
FROM nginx:1.27-alpine
COPY site/ /usr/share/nginx/html/
EXPOSE 80
