FROM python:3.12-slim
ADD https://example.com/tool.tar.gz /tmp/
ADD rootfs.tar.gz /
COPY app.py /app/
