FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn -B package
USER 10001
ENTRYPOINT ["java", "-jar", "target/app.jar"]
