FROM python:3.12-slim
ADD app.py /app/
